using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.History.Insight;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// One example post behind a frequent finding: the archived text, its account, time and findings, as the archive
/// search shows it. It opens for who may search the archive (<see cref="InsightReach"/>: not a board member, who sees the
/// figures only, and gets the refusal every other outsider gets), and only a post within the viewer's reach (404
/// otherwise, so a director cannot even learn that another school's record exists); the author is not shown. The account
/// is named by its platform and handle (<see cref="InsightNames"/>), as the insight's tables name it.
/// </summary>
[Authorize]
public sealed class ExampleModel(InsightQuery insight, InsightReach reach, ProtocolwachtDbContext db, CheckerSnapshot checkers, PlatformRules platforms) : PageModel
{
    public long Sequence { get; private set; }

    public string Source { get; private set; } = string.Empty;

    public string AccountId { get; private set; } = string.Empty;

    /// <summary>The account as people know it: "X @RegenboogEsveld".</summary>
    public string AccountName { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public string? PlatformUrl { get; private set; }

    public ArchivedCheck? Check { get; private set; }

    public async Task<IActionResult> OnGetAsync(long sequence, CancellationToken cancellationToken)
    {
        var (_, schools, examples) = await reach.GetAsync(cancellationToken);
        if (!examples)
        {
            return Forbid();
        }

        if (!await insight.MayOpenAsync(sequence, schools, cancellationToken))
        {
            return NotFound();
        }

        var record = await db.ArchiveRecords.AsNoTracking().Where(r => r.Sequence == sequence)
            .Join(db.ArchiveContents, r => r.Sequence, c => c.Sequence, (r, c) => new { r.Type, c.Content })
            .FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Sequence = sequence;
        if (record.Type == ArchiveRecordTypes.Published)
        {
            var published = ArchiveJson.Read<PublishedRecord>(record.Content);
            (Source, AccountId, At, Text, PlatformUrl, Check) = ("gepubliceerd", published.AccountId, published.PublishedAt, published.Text, published.PlatformUrl, published.Check);
        }
        else
        {
            var imported = ArchiveJson.Read<ImportedRecord>(record.Content);
            (Source, AccountId, At, Text, PlatformUrl, Check) = (ImportedRecord.ImportedLabel, imported.AccountId, imported.PostedAt, imported.Text, imported.Url, imported.Check);
        }

        AccountName = new InsightNames(await checkers.OrganisationAsync(cancellationToken), platforms).Account(AccountId);
        return Page();
    }
}
