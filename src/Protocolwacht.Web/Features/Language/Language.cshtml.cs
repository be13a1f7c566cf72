using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Language;

/// <summary>
/// <c>POST /taal</c>: the layout's language switch (a plain form, no JavaScript). Stores the choice in ASP.NET Core's
/// culture cookie (<see cref="CookieRequestCultureProvider"/>) and goes back to the page it came from, but only to an
/// address on this site: anything else (another host, <c>//host</c>, <c>/\host</c>) goes to the start page, so the
/// switch cannot be used to send someone elsewhere.
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(TimeProvider time) : PageModel
{
    /// <summary>How long the choice is remembered: a year, as a preference and not a tracker.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
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
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
