using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Keeps the <see cref="PendingConnection"/> of a started sign-in in a cookie encrypted with Data Protection, readable
/// only on the callback path and only once. Binding: the callback must bring the same <c>state</c> (compared in
/// constant time) in the same browser session, signed in as the same administrator, within
/// <see cref="PlatformConnectionOptions.StateLifetime"/>.
/// </summary>
public sealed class PendingConnections(IDataProtectionProvider protection, TimeProvider time, Microsoft.Extensions.Options.IOptions<PlatformConnectionOptions> options)
{
    public const string CookieName = "pw.oauth";
    public const string CallbackPath = "/accounts/oauth/callback";

    private readonly IDataProtector _protector = protection.CreateProtector("Protocolwacht.PlatformConnections.Pending.v1");

    /// <summary>A new random value for <c>state</c> or a PKCE verifier: 32 bytes, base64url (43 characters, RFC 7636 §4.1).</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The S256 code challenge of a verifier (RFC 7636 §4.2).</summary>
    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));

    public void Save(HttpContext context, PendingConnection pending)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, _protector.Protect(JsonSerializer.Serialize(pending)), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            // Lax: the platform sends the browser back with a top-level GET, which must carry the cookie.
            SameSite = SameSiteMode.Lax,
            Path = CallbackPath,
            MaxAge = options.Value.StateLifetime,
            IsEssential = true,
        });
    }

    /// <summary>Reads and removes the pending sign-in; null when there is none, it was tampered with, or it is too old.</summary>
    public PendingConnection? Take(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var raw = context.Request.Cookies[CookieName];
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = CallbackPath, Secure = context.Request.IsHttps, HttpOnly = true, SameSite = SameSiteMode.Lax });
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        PendingConnection? pending;
        try
        {
            pending = JsonSerializer.Deserialize<PendingConnection>(_protector.Unprotect(raw));
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            return null;
        }

        return pending is not null && time.GetUtcNow() - pending.StartedAt <= options.Value.StateLifetime ? pending : null;
    }

    public static bool SameState(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(given));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
