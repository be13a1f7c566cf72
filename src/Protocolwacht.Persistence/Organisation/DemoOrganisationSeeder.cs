using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>
/// A first run (no board in the database) loads the demo organisation shipped with the domain, in one
/// transaction, marked as the demo (<see cref="BoardEntity.IsDemo"/>: it may publish to the sandbox). The staff's sign-in accounts follow from the host's account seeder, which runs later.
/// </summary>
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
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await new OrganisationRows(db, time).ApplyAsync(OrganisationModel.Demo, cancellationToken);
            await db.Boards.ExecuteUpdateAsync(b => b.SetProperty(x => x.IsDemo, true), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
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
