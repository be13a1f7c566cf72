using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Passwords;

/// <summary>
/// "Wachtwoord vergeten": a reset link by mail for an account that has a password. Every request gets the
/// same answer, known address or not, so the page tells nobody who has an account. An account without a
/// password (never invited) gets nothing: a first password only comes with an administrator's invitation.
/// </summary>
[AllowAnonymous]
public sealed class ForgotModel(UserManager<StaffUser> users, StaffDirectory directory, PasswordMail mail, SignInThrottle throttle) : PageModel
{
    public const string Answer = "Als er een account bij dit adres of deze gebruikersnaam hoort, hebben we een e-mail gestuurd met een link om een nieuw wachtwoord te kiezen. Kijk ook in je map met ongewenste e-mail.";

    [BindProperty]
    public string Address { get; set; } = string.Empty;

    public string? Message { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var given = Address.Trim();
        if (given.Length is 0 or > 200)
        {
            Message = "Vul je e-mailadres of gebruikersnaam in.";
            return Page();
        }

        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
        if (throttle.TryAttempt(client, given, knownDevice: false) is not null)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Message = "Te veel aanvragen. Wacht een paar minuten en probeer het dan opnieuw.";
            return Page();
        }

        var staffId = given.Contains('@', StringComparison.Ordinal) ? await directory.FindStaffIdAsync(given, cancellationToken) : given;
        var user = staffId is null ? null : await users.FindByNameAsync(staffId);
        if (user?.PasswordHash is not null)
        {
            await mail.ResetAsync(user.StaffId, cancellationToken);
        }

        Message = Answer;
        return Page();
    }
}
