namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Fills a freshly migrated database with what a first run needs (the demo organisation, protocol
/// version 1, sign-in accounts). Runs at every start, so an implementation must do nothing when its
/// data is already there. <see cref="Order"/> sorts seeders that depend on each other.
/// </summary>
public interface IDatabaseSeeder
{
    int Order { get; }

    /// <summary>True for demo content, which a host can leave out (the CLI importing a real organisation into an empty database).</summary>
    bool IsDemoData => false;

    Task SeedAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken);
}
