using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// Where OpenID Connect returns: the claim named by <c>Authentication:OpenIdConnect:StaffClaim</c> (an
/// e-mail address or upn) is matched to a staff member by <see cref="StaffDirectory"/>.
/// </summary>
[AllowAnonymous]
public sealed class ExternalSignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, StaffDirectory directory, IConfiguration configuration, IAuditLog audit) : PageModel
{
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Error = "De aanmelding bij de identiteitsprovider is niet gelukt.";
            return Page();
        }

        var claimType = configuration["Authentication:OpenIdConnect:StaffClaim"] ?? "preferred_username";
        var address = info.Principal.FindFirst(claimType)?.Value ?? info.Principal.FindFirst("email")?.Value;
        var staffId = address is null ? null : await directory.FindStaffIdAsync(address, cancellationToken);
        var user = staffId is null ? null : await users.FindByNameAsync(staffId);
        if (user is null)
        {
            // No session of any kind: the provider's answer is thrown away with the external cookie.
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Error = $"Je bent aangemeld als '{address}', maar dat account hoort niet bij een medewerker van deze organisatie. Je kunt Protocolwacht daarom niet gebruiken. Werk je hier wel? Vraag de beheerder om je e-mailadres bij je gegevens vast te leggen.";
            await audit.RecordNowAsync(AuditActors.UnknownUser, AuditActions.SignInFailed, "medewerker:onbekend", $"{info.LoginProvider}: niet in de organisatie", cancellationToken);
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        await audit.RecordNowAsync(user.StaffId, AuditActions.SignedIn, $"medewerker:{user.StaffId}", info.LoginProvider, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
