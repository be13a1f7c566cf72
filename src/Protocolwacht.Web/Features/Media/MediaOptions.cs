namespace Protocolwacht.Web.Features.Media;

/// <summary>
/// Settings of the public media addresses (section <c>Publishing</c>, beside the publisher's own): the address at which
/// the platforms reach this app from the internet, and how long a signed address stays valid at most.
/// </summary>
public sealed class MediaOptions
{
    /// <summary>
    /// The app's public address as the internet sees it (for example <c>https://protocolwacht.konot.nl/</c>); every
    /// media address starts with it. Empty: platforms that fetch images themselves (Facebook, Instagram) cannot be sent
    /// images, and such a delivery fails with a reason naming this setting.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// How long a media address is valid after it was made; the address also stops working as soon as its delivery is
    /// no longer being delivered. Long enough for a platform that fetches after answering (Instagram's container).
    /// </summary>
    public TimeSpan MediaUrlLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
