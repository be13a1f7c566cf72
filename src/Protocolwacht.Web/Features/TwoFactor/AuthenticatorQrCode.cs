using Microsoft.Extensions.Options;
using QRCoder;

namespace Protocolwacht.Web.Features.TwoFactor;

/// <summary>
/// The otpauth:// URI of an account's authenticator key (the Key URI Format authenticator apps read) and
/// its QR code as a PNG data URI: an &lt;img&gt; the CSP allows (img-src data:), no script or inline style.
/// </summary>
public sealed class AuthenticatorQrCode(IOptions<TwoFactorOptions> options)
{
    public string Uri(string accountName, string key)
    {
        var issuer = System.Uri.EscapeDataString(options.Value.Issuer);
        return $"otpauth://totp/{issuer}:{System.Uri.EscapeDataString(accountName)}?secret={key}&issuer={issuer}&digits=6";
    }

    public static string PngDataUri(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>The key in groups of four, easier to type into an app that cannot scan.</summary>
    public static string Readable(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();
}
