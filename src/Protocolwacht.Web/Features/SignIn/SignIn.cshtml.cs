using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.SignIn;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<StaffUser> signIn, IConfiguration configuration) : PageModel
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

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = result.IsLockedOut
            ? UiText.T("Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw.")
            : UiText.T("Aanmelden mislukt: gebruikersnaam of wachtwoord klopt niet.");
        return Page();
    }

    public IActionResult OnPostExternal()
    {
        var redirect = Url.Page("/Account/ExternalSignIn", new { returnUrl = ReturnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSignIn.Scheme, redirect);
        return Challenge(properties, OpenIdConnectSignIn.Scheme);
    }
}
