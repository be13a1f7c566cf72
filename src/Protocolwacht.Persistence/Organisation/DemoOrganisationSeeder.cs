using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>A first run (no board in the database) loads the demo organisation shipped with the domain.</summary>
public sealed class DemoOrganisationSeeder(TimeProvider time) : IDatabaseSeeder
{
    public int Order => 10;

    public bool IsDemoData => true;

    public async Task SeedAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Boards.AnyAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await new OrganisationImporter(db, time).ImportAsync(OrganisationModel.Demo, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two instances started on an empty database at once: fine when the other one won.
            if (!await AnotherInstanceSeededAsync(db, cancellationToken))
            {
                throw;
            }
        }
    }

    private static async Task<bool> AnotherInstanceSeededAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Boards.AnyAsync(cancellationToken);
    }
}
