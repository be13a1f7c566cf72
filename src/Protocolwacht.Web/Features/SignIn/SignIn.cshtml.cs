using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.SignIn;

[AllowAnonymous]
public sealed class SignInModel(
    SignInManager<StaffUser> signIn,
    SignInThrottle throttle,
    DeviceCookie devices,
    DummyPassword dummy,
    IAuditLog audit,
    IConfiguration configuration,
    Persistence.ProtocolwachtDbContext db,
    IStringLocalizer<UiText> texts) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul je gebruikersnaam in.")]
    [Display(Name = "Gebruikersnaam")]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Vul je wachtwoord in.")]
    [DataType(DataType.Password)]
    [Display(Name = "Wachtwoord")]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool OpenIdConnectEnabled => OpenIdConnectSignIn.IsEnabled(configuration);

    public string OpenIdConnectName => configuration["Authentication:OpenIdConnect:DisplayName"] ?? "OpenID Connect";

    /// <summary>An empty installation has nobody to sign in yet: the visitor gets the guide to set it up.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await db.Boards.AnyAsync(cancellationToken) ? Page() : Redirect("/installatie");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var name = UserName.Trim();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
        if (throttle.TryAttempt(client, name, devices.IsKnown(Request, name)) is { } retryAfter)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Error = texts["Te veel aanmeldpogingen. Wacht een paar minuten en probeer het dan opnieuw."];
            return Page();
        }

        var (user, result) = await CheckAsync(name);
        if (user is not null && (result.Succeeded || result.RequiresTwoFactor))
        {
            devices.Remember(Response, name);
            var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
            if (result.RequiresTwoFactor)
            {
                // The password was right; Identity's two-factor cookie carries the account to the code page.
                return LocalRedirect($"/account/two-factor/code?returnUrl={Uri.EscapeDataString(target)}&rememberMe={RememberMe}");
            }

            await audit.RecordNowAsync(user.StaffId, AuditActions.SignedIn, $"medewerker:{user.StaffId}", "wachtwoord", HttpContext.RequestAborted);
            return LocalRedirect(target);
        }

        // One message for an unknown name, a wrong password and a blocked account: none of them is revealed.
        Error = texts["Aanmelden mislukt: gebruikersnaam of wachtwoord klopt niet."];
        return Page();
    }

    /// <summary>
    /// Signs in when the password is right, or (two-factor sign-in on) sets Identity's two-factor cookie and
    /// answers RequiresTwoFactor. Never counts failures towards a lockout (anyone could lock a colleague
    /// out); every path verifies one password hash, so known and unknown names take as long.
    /// </summary>
    private async Task<(StaffUser? User, Microsoft.AspNetCore.Identity.SignInResult Result)> CheckAsync(string name)
    {
        var user = await signIn.UserManager.FindByNameAsync(name);
        if (user?.PasswordHash is null)
        {
            dummy.Verify(Password);
            await RecordFailureAsync(user, user is null ? "onbekende gebruikersnaam" : "geen wachtwoord ingesteld");
            return (null, Microsoft.AspNetCore.Identity.SignInResult.Failed);
        }

        var result = await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: false);
        if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            await RecordFailureAsync(user, result.IsNotAllowed ? "niet toegestaan" : result.IsLockedOut ? "geblokkeerd na verkeerde codes" : "wachtwoord klopt niet");
        }

        return (user, result);
    }

    // An unknown name is not kept: people type their password into the name field.
    private Task RecordFailureAsync(StaffUser? user, string reason) =>
        audit.RecordNowAsync(user?.StaffId ?? AuditActors.UnknownUser, AuditActions.SignInFailed,
            user is null ? "medewerker:onbekend" : $"medewerker:{user.StaffId}", reason, HttpContext.RequestAborted);

    public IActionResult OnPostExternal()
    {
        var redirect = "/account/external?returnUrl=" + Uri.EscapeDataString(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSignIn.Scheme, redirect);
        return Challenge(properties, OpenIdConnectSignIn.Scheme);
    }
}
