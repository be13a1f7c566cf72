namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// A student, known by an id of our own (never a national number). <see cref="SocialMediaConsent"/>
/// is the consent for a photo on social media: true, false, or null when not recorded.
/// </summary>
public sealed record Student(
    string Id,
    string Name,
    string SchoolId,
    string? Group,
    bool? SocialMediaConsent);
