using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Protocol;

/// <inheritdoc />
public sealed class ProtocolAcknowledgements(ProtocolwachtDbContext db, TimeProvider time) : IProtocolAcknowledgements
{
    private const string InsertUnlessRecorded = """
        INSERT INTO "protocol_acknowledgements" ("StaffId", "VersionNumber", "AcknowledgedAt") VALUES ({0}, {1}, {2})
        ON CONFLICT ("StaffId", "VersionNumber") DO NOTHING
        """;

    public async Task<bool> HasAcknowledgedCurrentAsync(string staffId, CancellationToken cancellationToken = default)
    {
        var current = await CurrentNumberAsync(cancellationToken);
        return current is { } number
            && await db.ProtocolAcknowledgements.AnyAsync(a => a.StaffId == staffId && a.VersionNumber == number, cancellationToken);
    }

    public Task<int?> LastAcknowledgedVersionAsync(string staffId, CancellationToken cancellationToken = default) =>
        db.ProtocolAcknowledgements.Where(a => a.StaffId == staffId).MaxAsync(a => (int?)a.VersionNumber, cancellationToken);

    public async Task<AcknowledgementResult> AcknowledgeAsync(string staffId, int versionNumber, CancellationToken cancellationToken = default)
    {
        if (await CurrentNumberAsync(cancellationToken) != versionNumber)
        {
            return AcknowledgementResult.NotCurrentVersion;
        }

        if (await db.ProtocolAcknowledgements.AnyAsync(a => a.StaffId == staffId && a.VersionNumber == versionNumber, cancellationToken))
        {
            return AcknowledgementResult.AlreadyRecorded;
        }

        // Two requests (a double click, two instances) can both pass the check above. The unique index keeps one row;
        // ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) lets the second insert add nothing instead of failing,
        // so an expected race is not logged as a database error. No rows inserted: the other request recorded it.
        var inserted = await db.Database.ExecuteSqlRawAsync(InsertUnlessRecorded, [staffId, versionNumber, StoredAt(time.GetUtcNow())], cancellationToken);
        return inserted == 1 ? AcknowledgementResult.Recorded : AcknowledgementResult.AlreadyRecorded;
    }

    public async Task<List<AcknowledgementStatus>> StatusOfCurrentAsync(CancellationToken cancellationToken = default)
    {
        var current = await CurrentNumberAsync(cancellationToken) ?? 0;
        var acknowledged = await db.ProtocolAcknowledgements.AsNoTracking()
            .Where(a => a.VersionNumber == current)
            .ToDictionaryAsync(a => a.StaffId, a => a.AcknowledgedAt, cancellationToken);
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        return [.. staff.Select(s => new AcknowledgementStatus(s.Id, s.Name, s.Role, s.SchoolId, current, acknowledged.TryGetValue(s.Id, out var at) ? at : null))];
    }

    /// <summary>The moment as the column stores it: raw SQL bypasses the model's converters (SQLite keeps UTC ticks).</summary>
    private object StoredAt(DateTimeOffset at)
    {
        var column = db.Model.FindEntityType(typeof(ProtocolAcknowledgementEntity))!.FindProperty(nameof(ProtocolAcknowledgementEntity.AcknowledgedAt))!;
        return column.GetTypeMapping().Converter?.ConvertToProvider(at) ?? at;
    }

    private Task<int?> CurrentNumberAsync(CancellationToken cancellationToken) =>
        db.ProtocolVersions.MaxAsync(v => (int?)v.Number, cancellationToken);
}
