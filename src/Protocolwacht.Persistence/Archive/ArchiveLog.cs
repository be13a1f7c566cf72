using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// Appends records to the archive as part of a use case's unit of work: a caller stages records, then
/// calls <see cref="SaveChangesAsync"/> instead of the context's, and the records and every other change
/// commit together or not at all. Sequence numbers are handed out under a lock held until commit (an
/// immediate transaction on SQLite, a transaction-scoped advisory lock on PostgreSQL), so numbers have no
/// gaps and become visible in order: a tree head over the first n records never misses one that commits later.
/// Scoped, like the context.
/// </summary>
public sealed class ArchiveLog(ProtocolwachtDbContext db, TimeProvider time, IEnumerable<IArchiveAppendObserver>? observers = null)
{
    // Any constant: it only has to be the same for every instance appending to one database.
    private const long AdvisoryLockKey = 0x70_77_61_72_63_68; // "pwarch"

    private readonly List<(string Type, byte[] Content, long? Redacts)> _staged = [];

    public void Stage<T>(string type, T content, long? redacts = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        _staged.Add((type, ArchiveJson.Write(content), redacts));
    }

    /// <summary>Saves the context's changes and the staged records in one transaction; returns the sequence numbers given.</summary>
    public async Task<IReadOnlyList<long>> SaveChangesAsync(CancellationToken cancellationToken)
    {
        if (_staged.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }

        try
        {
            return await AppendAsync(cancellationToken);
        }
        finally
        {
            _staged.Clear(); // saved, or abandoned with the unit of work: never carried into the next one
        }
    }

    private async Task<IReadOnlyList<long>> AppendAsync(CancellationToken cancellationToken)
    {
        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        }

        var next = (await db.ArchiveRecords.MaxAsync(r => (long?)r.Sequence, cancellationToken) ?? 0) + 1;
        var at = ArchiveRecord.Timestamp(time.GetUtcNow());
        var given = new List<long>();
        var appended = new List<AppendedRecord>(_staged.Count);
        foreach (var (type, content, redacts) in _staged)
        {
            appended.Add(new AppendedRecord(next, type, content, redacts));
            db.ArchiveRecords.Add(new ArchiveRecordEntity
            {
                Sequence = next,
                Type = type,
                RecordedAt = at,
                ContentHash = ArchiveRecord.HashContent(content),
                RedactsSequence = redacts,
            });
            db.ArchiveContents.Add(new ArchiveContentEntity { Sequence = next, Content = content });
            given.Add(next++);
        }

        foreach (var observer in observers ?? [])
        {
            await observer.OnAppendedAsync(appended, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return given;
    }
}
