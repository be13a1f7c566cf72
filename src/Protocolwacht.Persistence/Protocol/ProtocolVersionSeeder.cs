using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Persistence.Protocol;

/// <summary>A first run publishes the shipped Konot protocol as version 1.</summary>
public sealed class ProtocolVersionSeeder(TimeProvider time) : IDatabaseSeeder
{
    public const string SystemActor = "systeem";

    public int Order => 20;

    public async Task SeedAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.ProtocolVersions.AnyAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await new ProtocolVersions(db, time, new Audit.AuditLog(db, time)).PublishAsync(ProtocolDocument.Konot, "Eerste versie, meegeleverd met Protocolwacht.", SystemActor, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance published version 1 at the same moment.
            db.ChangeTracker.Clear();
        }
    }
}
