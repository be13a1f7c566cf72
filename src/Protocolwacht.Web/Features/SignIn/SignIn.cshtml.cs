using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.SignIn;

[AllowAnonymous]
public sealed class SignInModel(
    SignInManager<StaffUser> signIn,
    SignInThrottle throttle,
    DeviceCookie devices,
    DummyPassword dummy,
    IConfiguration configuration) : PageModel
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

    public void OnGet()
    {
    }

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
            Error = UiText.T("Te veel aanmeldpogingen. Wacht een paar minuten en probeer het dan opnieuw.");
            return Page();
        }

        if (await CheckAsync(name) is { } user)
        {
            devices.Remember(Response, name);
            await signIn.SignInAsync(user, RememberMe);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // One message for an unknown name, a wrong password and a blocked account: none of them is revealed.
        Error = UiText.T("Aanmelden mislukt: gebruikersnaam of wachtwoord klopt niet.");
        return Page();
    }

    /// <summary>
    /// The account when the password is right. Never counts failures towards a lockout (anyone could lock a
    /// colleague out); every path verifies one password hash, so known and unknown names take as long.
    /// </summary>
    private async Task<StaffUser?> CheckAsync(string name)
    {
        var user = await signIn.UserManager.FindByNameAsync(name);
        if (user?.PasswordHash is null)
        {
            dummy.Verify(Password);
            return null;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: false);
        return result.Succeeded ? user : null;
    }

    public IActionResult OnPostExternal()
    {
        var redirect = Url.Page("/Account/ExternalSignIn", new { returnUrl = ReturnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSignIn.Scheme, redirect);
        return Challenge(properties, OpenIdConnectSignIn.Scheme);
    }
}
