using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;

namespace Protocolwacht.Persistence.Consent;

/// <summary>Reads the append-only consent history.</summary>
public static class ConsentQueries
{
    /// <summary>The latest record per student for one purpose (students without any record are absent).</summary>
    public static async Task<Dictionary<string, ConsentRecord>> LatestAsync(ProtocolwachtDbContext db, string purposeCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ConsentChanges.AsNoTracking()
            .Where(c => c.PurposeCode == purposeCode)
            .OrderBy(c => c.Sequence)
            .ToListAsync(cancellationToken);
        var latest = new Dictionary<string, ConsentRecord>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            latest[row.StudentId] = row.ToDomain();
        }

        return latest;
    }

    /// <summary>The full history of one student, oldest first.</summary>
    public static async Task<List<ConsentRecord>> HistoryAsync(ProtocolwachtDbContext db, string studentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ConsentChanges.AsNoTracking()
            .Where(c => c.StudentId == studentId)
            .OrderBy(c => c.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToDomain())];
    }

    public static ConsentRecord ToDomain(this ConsentChangeEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ConsentRecord(
            row.Sequence,
            row.StudentId,
            row.PurposeCode,
            ConsentValueCodes.TryParse(row.Value, out var value) ? value : throw new InvalidOperationException($"Unknown consent value '{row.Value}' in record {row.Sequence}."),
            row.GivenBy,
            row.ValidFrom,
            row.WithdrawnAt,
            row.Note,
            row.ChangedBy,
            row.ChangedAt);
    }
}
