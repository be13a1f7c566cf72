using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>The board's consent settings: the list of purposes and whether consent is renewed each school year.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class SettingsModel(ConsentRegister register) : PageModel
{
    public IReadOnlyList<ConsentPurpose> Purposes { get; private set; } = [];

    [BindProperty]
    public bool RenewEachSchoolYear { get; set; }

    [BindProperty]
    public string? NewCode { get; set; }

    [BindProperty]
    public string? NewName { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RenewEachSchoolYear = await register.RenewEachSchoolYearAsync(cancellationToken);
        Purposes = await register.PurposesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRenewalAsync(CancellationToken cancellationToken)
    {
        await register.SetRenewEachSchoolYearAsync(RenewEachSchoolYear, User.StaffId(), cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPurposeAsync(CancellationToken cancellationToken)
    {
        var code = NewCode?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code) || string.IsNullOrWhiteSpace(NewName) || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            Error = "Vul een code (letters, cijfers en streepjes) en een naam in.";
            await OnGetAsync(cancellationToken);
            return Page();
        }

        await register.AddPurposeAsync(code, NewName.Trim(), User.StaffId(), cancellationToken);
        return RedirectToPage();
    }
}
