using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.Passwords;

/// <summary>Where an invitation or a reset link lands: choose a password, once, before the link expires.</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(PasswordLinks links) : PageModel
{
    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string Confirmation { get; set; } = string.Empty;

    public string? StaffId { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Done { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        StaffId = (await links.FindUsableAsync(token, cancellationToken))?.StaffId;
        Errors = StaffId is null ? [PasswordLinks.LinkUnusable] : [];
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        StaffId = (await links.FindUsableAsync(token, cancellationToken))?.StaffId;
        if (StaffId is not null && !string.Equals(Password, Confirmation, StringComparison.Ordinal))
        {
            Errors = ["De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer."];
            return Page();
        }

        Errors = await links.SetPasswordAsync(token, Password, cancellationToken);
        Done = Errors.Count == 0;
        return Page();
    }
}
