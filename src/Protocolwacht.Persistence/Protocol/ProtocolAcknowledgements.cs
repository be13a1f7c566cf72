using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Protocol;

/// <inheritdoc />
public sealed class ProtocolAcknowledgements(ProtocolwachtDbContext db, TimeProvider time) : IProtocolAcknowledgements
{
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

        db.ProtocolAcknowledgements.Add(new ProtocolAcknowledgementEntity { StaffId = staffId, VersionNumber = versionNumber, AcknowledgedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AcknowledgementResult.Recorded;
        }
        catch (DbUpdateException)
        {
            // A double click raced the first request; the unique index kept one row.
            db.ChangeTracker.Clear();
            return AcknowledgementResult.AlreadyRecorded;
        }
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

    private Task<int?> CurrentNumberAsync(CancellationToken cancellationToken) =>
        db.ProtocolVersions.MaxAsync(v => (int?)v.Number, cancellationToken);
}
