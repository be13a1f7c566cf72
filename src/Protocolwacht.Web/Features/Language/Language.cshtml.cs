using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Language;

/// <summary>
/// <c>POST /taal</c>: the layout's language switch (a plain form, no JavaScript). Stores the choice in ASP.NET Core's
/// culture cookie (<see cref="CookieRequestCultureProvider"/>) and goes back to the page it came from, but only to an
/// address on this site: anything else (another host, <c>//host</c>, <c>/\host</c>) goes to the start page, so the
/// switch cannot be used to send someone elsewhere. A signed-in person's choice also decides the language of their mail.
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(TimeProvider time, UserManager<StaffUser> users) : PageModel
{
    /// <summary>How long the choice is remembered: a year, as a preference and not a tracker.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (LocalizationFeature.Supported(culture) is { } chosen)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = time.GetUtcNow().Add(Remembered),
                    IsEssential = true, // the page's language, asked for by the person: no consent needed
                    HttpOnly = true,
                    Secure = Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                    Path = "/",
                });
            await RememberAsync(chosen);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    // A signed-in person's choice is also kept with their sign-in account, so mail reaches them in that language
    // (Notifications/MailTexts). Claims change without a new security stamp: the person stays signed in.
    private async Task RememberAsync(CultureInfo chosen)
    {
        if (User.Identity?.IsAuthenticated != true || await users.GetUserAsync(User) is not { } user)
        {
            return;
        }

        var earlier = (await users.GetClaimsAsync(user)).Where(c => c.Type == MailTexts.LanguageClaim).ToList();
        if (earlier.Count > 0)
        {
            await users.RemoveClaimsAsync(user, earlier);
        }

        await users.AddClaimAsync(user, new Claim(MailTexts.LanguageClaim, chosen.Name));
    }
}
