using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence;

namespace Protocolwacht.History.Import;

/// <summary>The report over everything imported so far for a set of accounts (all: null), as the import gives it for one file.</summary>
public sealed class ImportedHistory(ProtocolwachtDbContext db)
{
    public async Task<ImportReport> ReportAsync(IReadOnlyCollection<string>? accountIds, CancellationToken cancellationToken = default)
    {
        var keys = db.ImportedPostKeys.AsNoTracking();
        if (accountIds is not null)
        {
            var ids = accountIds.ToList();
            keys = keys.Where(k => ids.Contains(k.AccountId));
        }

        var contents = await keys.Join(db.ArchiveContents, k => k.Sequence, c => c.Sequence, (k, c) => c.Content).ToListAsync(cancellationToken);
        var records = contents.Select(ArchiveJson.Read<ImportedRecord>).ToList();
        return ImportReport.From(accountIds is { Count: 1 } ? accountIds.First() : "alle", "alle", "archief", records.Count, 0, records);
    }
}
