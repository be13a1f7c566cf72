using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Search;

/// <summary>
/// Rewrites SQLite's FTS5 index of the archive search so that removed entries leave no trace: FTS5 marks a
/// deleted row in a new segment and keeps its terms in the old one until segments merge, so after an erasure
/// the pupil's name would still be readable in <c>archive_search_fts_data</c>. PostgreSQL keeps the terms in
/// the row itself (a generated <c>tsvector</c>), which goes with the row. Runs in the caller's transaction.
/// </summary>
public static class SearchIndexCompaction
{
    public static async Task CompactAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO {SearchIndexSql.FtsTable}({SearchIndexSql.FtsTable}) VALUES('optimize');", cancellationToken);
        }
    }
}
