using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.TwoFactor;

/// <summary>
/// Sets up the authenticator app: a QR code of a fresh key, then a code from the app proves the app has it.
/// Only then is two-factor sign-in switched on, with ten recovery codes shown this once.
/// </summary>
public sealed class EnrolModel(
    ProtocolwachtDbContext db,
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    AuthenticatorQrCode qr,
    IOptions<TwoFactorOptions> options,
    IAuditLog audit) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    [Display(Name = "Code uit de app")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Enabled { get; private set; }

    /// <summary>True when this person may not use the app before enrolling (administrator, or the setting).</summary>
    public bool Required { get; private set; }

    public string? SharedKey { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    /// <summary>Only in the answer that created them; never shown again.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (user.TwoFactorEnabled)
        {
            await LoadAsync(user);
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = "De code klopt niet. Typ de zes cijfers die de app nu toont; de code verandert elke 30 seconden.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(user);
            return Page();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await audit.RecordAsync(user.StaffId, AuditActions.TwoFactorChanged, $"medewerker:{user.StaffId}", "authenticator-app ingesteld", cancellationToken);
            await users.SetTwoFactorEnabledAsync(user, true);
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            await transaction.CommitAsync(cancellationToken);
        }

        await signIn.RefreshSignInAsync(user); // the session now carries the two-factor claim
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await audit.RecordAsync(user.StaffId, AuditActions.TwoFactorChanged, $"medewerker:{user.StaffId}", "nieuwe herstelcodes", cancellationToken);
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            await transaction.CommitAsync(cancellationToken);
        }

        Enabled = true;
        return Page();
    }

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    private async Task LoadAsync(StaffUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = (User.IsInRole(AppRoles.Admin) && options.Value.RequiredForAdministrators) || options.Value.RequiredForEveryone;
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        SharedKey = AuthenticatorQrCode.Readable(key);
        QrCodeDataUri = AuthenticatorQrCode.PngDataUri(qr.Uri(user.StaffId, key));
    }
}
