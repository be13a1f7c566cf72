using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>Reads and replaces the organisation's version stamp (<see cref="OrganisationVersionEntity"/>).</summary>
public static class OrganisationVersion
{
    /// <summary>The current stamp: one primary-key read, cheap enough for every workflow step.</summary>
    public static Task<Guid> ReadAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.OrganisationVersions.AsNoTracking()
            .Where(v => v.Id == OrganisationVersionEntity.SingleId)
            .Select(v => v.Stamp)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// A new stamp, for writes that bypass the change tracker (<c>ExecuteDelete</c> on pupils or consent): call it in the
    /// same transaction as the write. Tracked changes get theirs from <see cref="OrganisationVersionInterceptor"/>.
    /// </summary>
    public static Task BumpAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamp = Guid.NewGuid();
        return db.OrganisationVersions
            .Where(v => v.Id == OrganisationVersionEntity.SingleId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Stamp, stamp), cancellationToken);
    }
}
