using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.TwoFactor;

/// <summary>
/// The second step of signing in: after the right password (Identity's two-factor cookie), a code from the
/// authenticator app or one recovery code. Five wrong codes lock the account for a quarter of an hour
/// (Identity's lockout; the password step itself never locks anyone out).
/// </summary>
[AllowAnonymous]
public sealed class CodeModel(SignInManager<StaffUser> signIn, IAuditLog audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect("/account/signin") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return LocalRedirect("/account/signin");
        }

        // Recovery codes keep their dash ("ab12c-3de45"), as Identity stored them; spaces are typing noise.
        var recovery = (RecoveryCode ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = recovery.Length > 0
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(recovery)
            : await signIn.TwoFactorAuthenticatorSignInAsync(Clean(Code), RememberMe, rememberClient: false);
        var how = recovery.Length > 0 ? "herstelcode" : "authenticator-app";
        if (result.Succeeded)
        {
            await audit.RecordNowAsync(user.StaffId, AuditActions.SignedIn, $"medewerker:{user.StaffId}", $"wachtwoord + {how}", cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        await audit.RecordNowAsync(user.StaffId, AuditActions.SignInFailed, $"medewerker:{user.StaffId}", $"{how} klopt niet", cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Error = result.IsLockedOut
            ? "Te veel verkeerde codes. Wacht een kwartier en probeer het dan opnieuw."
            : recovery.Length > 0
                ? "Deze herstelcode klopt niet of is al gebruikt."
                : "De code klopt niet. Typ de zes cijfers die de app nu toont.";
        return Page();
    }

    private static string Clean(string? code) =>
        (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
