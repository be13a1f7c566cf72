using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// Staff compose only after acknowledging the current protocol version ("gelezen en begrepen").
/// A database without any protocol version (a bare test database) has nothing to acknowledge.
/// </summary>
public static class ProtocolGate
{
    public static async Task<bool> HasAcknowledgedCurrentAsync(ProtocolwachtDbContext db, string staffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await db.ProtocolVersions.AsNoTracking().MaxAsync(v => (int?)v.Number, cancellationToken);
        return current is null
            || await db.ProtocolAcknowledgements.AsNoTracking().AnyAsync(a => a.StaffId == staffId && a.VersionNumber == current, cancellationToken);
    }

    public const string AcknowledgePage = "/protocol";
}
