using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Keeps a <see cref="PendingPageChoice"/> in a cookie encrypted with Data Protection, sent only to the choice page,
/// for <see cref="PlatformConnectionOptions.StateLifetime"/>; the choice itself takes it once.
/// </summary>
public sealed class PendingPageChoices(IDataProtectionProvider protection, TimeProvider time, IOptions<PlatformConnectionOptions> options)
{
    public const string CookieName = "pw.oauth.page";
    public const string ChoicePath = "/accounts/oauth/pagina";

    private readonly IDataProtector _protector = protection.CreateProtector("Protocolwacht.PlatformConnections.PageChoice.v1");

    public void Save(HttpContext context, PendingPageChoice choice)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, _protector.Protect(JsonSerializer.Serialize(choice)), Cookie(context, options.Value.StateLifetime));
    }

    /// <summary>The pending choice for the signed-in administrator, without using it up; null when there is none valid.</summary>
    public PendingPageChoice? Peek(HttpContext context, string staffId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var raw = context.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        PendingPageChoice? choice;
        try
        {
            choice = JsonSerializer.Deserialize<PendingPageChoice>(_protector.Unprotect(raw));
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            return null;
        }

        return choice is not null && choice.StaffId == staffId && time.GetUtcNow() - choice.StartedAt <= options.Value.StateLifetime ? choice : null;
    }

    /// <summary>As <see cref="Peek"/>, and removes the cookie: a choice is made once.</summary>
    public PendingPageChoice? Take(HttpContext context, string staffId)
    {
        var choice = Peek(context, staffId);
        context.Response.Cookies.Delete(CookieName, Cookie(context, null));
        return choice;
    }

    private static CookieOptions Cookie(HttpContext context, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        // Lax: the first look comes from the redirect chain that started at the platform, which Strict would not carry.
        SameSite = SameSiteMode.Lax,
        Path = ChoicePath,
        MaxAge = maxAge,
        IsEssential = true,
    };
}
