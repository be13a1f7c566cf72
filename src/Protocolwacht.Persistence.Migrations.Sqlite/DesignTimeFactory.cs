using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Persistence.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite without starting a host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ProtocolwachtDbContext>
{
    public ProtocolwachtDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db").Configure(options);
        return new ProtocolwachtDbContext(options.Options);
    }
}
