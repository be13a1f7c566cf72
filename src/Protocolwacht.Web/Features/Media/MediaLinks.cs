using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Protocolwacht.Web.Features.Media;

/// <summary>
/// Makes and reads the signed, expiring addresses under which a platform fetches a delivery's attachments
/// (<c>{Publishing:PublicBaseUrl}/media/{token}</c>). The token is the <see cref="MediaTicket"/> protected with the
/// app's Data Protection key ring (encrypted and authenticated), so it names nothing readable, cannot be forged or
/// changed, and is valid on every instance that shares the key ring. Expiry is checked against the app's clock here,
/// not inside Data Protection, so it follows <see cref="TimeProvider"/>.
/// </summary>
public sealed class MediaLinks(IDataProtectionProvider protection, IOptions<MediaOptions> options, TimeProvider time)
{
    public const string SettingName = "Publishing:PublicBaseUrl";
    private readonly IDataProtector _protector = protection.CreateProtector("Protocolwacht.Media.PublicUrl.v1");

    public bool IsConfigured => options.Value.PublicBaseUrl is { IsAbsoluteUri: true };

    /// <summary>The Dutch reason a delivery to <paramref name="platform"/> fails when no public address is configured.</summary>
    public static string NotConfigured(string platform) =>
        $"{platform} haalt afbeeldingen zelf op via een openbaar adres, maar voor deze installatie is geen openbaar adres ingesteld. "
        + $"Vraag de beheerder de instelling {SettingName} te vullen met het adres waarop Protocolwacht van buiten bereikbaar is, en probeer het daarna opnieuw.";

    /// <summary>The public address of one attachment of one delivery, valid for <see cref="MediaOptions.MediaUrlLifetime"/> from now.</summary>
    public Uri Create(Guid deliveryId, Guid attachmentId)
    {
        var baseUrl = options.Value.PublicBaseUrl ?? throw new InvalidOperationException($"{SettingName} is not set.");
        var ticket = new MediaTicket(deliveryId, attachmentId, time.GetUtcNow() + options.Value.MediaUrlLifetime);
        var token = WebEncoders.Base64UrlEncode(_protector.Protect(ticket.ToBytes()));
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl.AbsoluteUri : baseUrl.AbsoluteUri + "/";
        return new Uri($"{root}media/{token}");
    }

    /// <summary>The ticket a token carries, or null when it was not made by this app's key ring or was changed.</summary>
    public MediaTicket? Read(string token)
    {
        try
        {
            return MediaTicket.FromBytes(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    public bool HasExpired(MediaTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return time.GetUtcNow() >= ticket.ExpiresAt;
    }
}
