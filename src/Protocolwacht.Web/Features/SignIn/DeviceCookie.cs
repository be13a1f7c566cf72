using Microsoft.AspNetCore.DataProtection;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// "This browser signed in as X before" (OWASP's device cookie): protected with Data Protection, HttpOnly,
/// only sent to /account. It lets the owner past the per-account throttle; it proves nothing else.
/// </summary>
public sealed class DeviceCookie(IDataProtectionProvider protection, TimeProvider time)
{
    private const string Name = "protocolwacht.apparaat";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);
    private readonly IDataProtector _protector = protection.CreateProtector("Protocolwacht.SignIn.DeviceCookie");

    public bool IsKnown(HttpRequest request, string accountName)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cookies[Name] is not { Length: > 0 } value)
        {
            return false;
        }

        try
        {
            return string.Equals(_protector.Unprotect(value), accountName, StringComparison.OrdinalIgnoreCase);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false; // an old key or a forged value: treated as an unknown browser
        }
    }

    public void Remember(HttpResponse response, string accountName)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(Name, _protector.Protect(accountName), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/account",
            Secure = response.HttpContext.Request.IsHttps,
            Expires = time.GetUtcNow() + Lifetime,
            IsEssential = true,
        });
    }
}
