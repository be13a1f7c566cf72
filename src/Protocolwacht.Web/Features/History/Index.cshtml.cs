using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.History.Import;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Features.History;

/// <summary>The check's outcome over all imported posts: an administrator sees the board, a director their own school's accounts.</summary>
[Authorize]
public sealed class IndexModel(ImportedHistory history, HistoryReach reach, CheckerSnapshot checkers) : PageModel
{
    public ImportReport? Report { get; private set; }

    public bool IsAdmin { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (allowed, schools) = await reach.GetAsync(cancellationToken);
        if (!allowed)
        {
            return Forbid();
        }

        IsAdmin = schools is null;
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var accounts = schools is null ? null : organisation.Accounts.Where(a => a.SchoolId is not null && schools.Contains(a.SchoolId)).Select(a => a.Id).ToList();
        Report = await history.ReportAsync(accounts, cancellationToken);
        return Page();
    }
}
