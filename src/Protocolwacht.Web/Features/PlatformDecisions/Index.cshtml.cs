using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PlatformDecisions;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.PlatformDecisions;

/// <summary>The platform permission register for administrators: each account's decision, and recording a new one.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(PlatformDecisionRegister register, CheckerSnapshot checkers) : PageModel
{
    public IReadOnlyList<OfficialAccount> Accounts { get; private set; } = [];
    public IReadOnlyList<PlatformDecision> History { get; private set; } = [];
    public DateOnly Today => register.Today;

    [BindProperty]
    public string? AccountId { get; set; }

    [BindProperty]
    public DateOnly? DpiaDate { get; set; }

    [BindProperty]
    public DpiaOutcome? Outcome { get; set; }

    [BindProperty]
    public ProcessingAgreement? Agreement { get; set; }

    [BindProperty]
    public string? Reviewer { get; set; }

    [BindProperty]
    public DateOnly? ReviewDate { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public string? Problem { get; private set; }

    private OrganisationModel? _organisation;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        _organisation = await checkers.OrganisationAsync(cancellationToken);
        Accounts = [.. _organisation.Accounts.OrderBy(a => a.SchoolId).ThenBy(a => a.Id, StringComparer.Ordinal)];
        History = await register.AllAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Problem = await register.RecordAsync(AccountId, DpiaDate, Outcome, Agreement, Reviewer, ReviewDate, Note, User.StaffId(), cancellationToken);
        if (Problem is null)
        {
            return RedirectToPage();
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    /// <summary>"@kckompas (Instagram)" in the history; the stored id only for an account the organisation no longer has.</summary>
    public string AccountName(string accountId) => _organisation?.FindAccount(accountId) is { } account ? ChannelNames.Label(account) : accountId;

    /// <summary>Who recorded a decision, by name; the stored value for anyone else ("demo" for the demo's decisions).</summary>
    public string RecorderName(string staffId) => _organisation?.StaffName(staffId) ?? staffId;

    public PlatformDecision? LatestFor(string accountId) => History.Where(d => d.AccountId == accountId).MaxBy(d => d.Version);

    /// <summary>"mag publiceren" or why not, for the overview.</summary>
    public string StatusOf(string accountId) => PlatformDecision.Refusal(LatestFor(accountId), Today) ?? "mag publiceren";
}
