namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// A student, known by an id of our own (never a national number). <see cref="SocialMediaConsent"/>
/// is the consent for a photo or video on social media: true, false, or null when not recorded.
/// </summary>
public sealed record Student(
    string Id,
    string Name,
    string SchoolId,
    string? Group,
    bool? SocialMediaConsent)
{
    /// <summary>
    /// The consent to be named on social media. An organisation file has one flag for both (the check
    /// contract), so by default this is <see cref="SocialMediaConsent"/>; the consent register keeps it as
    /// its own purpose ("Naam op social media") and sets it from there.
    /// </summary>
    public bool? NameConsent { get; init; } = SocialMediaConsent;

    /// <summary>
    /// The day the pupil left the school, or null while enrolled. A pupil who left stays known to the check (their
    /// consent still decides whether an old photo may be shown) until retention removes them.
    /// </summary>
    public DateOnly? LeftOn { get; init; }
}
