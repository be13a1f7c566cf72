using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Persistence.Consent;

/// <summary>A first run (no purposes configured) gets the default purposes; the board edits the list later.</summary>
public sealed class ConsentPurposeSeeder : IDatabaseSeeder
{
    public int Order => 5;

    public async Task SeedAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.ConsentPurposes.AnyAsync(cancellationToken))
        {
            return;
        }

        db.ConsentPurposes.AddRange(ConsentPurpose.Defaults.Select((p, i) => new ConsentPurposeEntity { Code = p.Code, Name = p.Name, SortOrder = i }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded the same defaults at the same moment.
            db.ChangeTracker.Clear();
        }
    }
}
