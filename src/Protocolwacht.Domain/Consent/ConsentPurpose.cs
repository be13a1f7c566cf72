namespace Protocolwacht.Domain.Consent;

/// <summary>Something the board asks consent for. The board configures the list; <see cref="Defaults"/> is the first-run list.</summary>
public sealed record ConsentPurpose(string Code, string Name)
{
    /// <summary>The purpose the protocol check reads (image-consent, personal-data).</summary>
    public const string PhotoOnSocialMedia = "foto-social-media";
    public const string NameOnSocialMedia = "naam-social-media";
    public const string Website = "website";
    public const string Newsletter = "nieuwsbrief";

    public static readonly IReadOnlyList<ConsentPurpose> Defaults =
    [
        new(PhotoOnSocialMedia, "Foto op social media"),
        new(NameOnSocialMedia, "Naam op social media"),
        new(Website, "Foto op de website"),
        new(Newsletter, "Foto in de nieuwsbrief"),
    ];
}
