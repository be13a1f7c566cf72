using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Database;

public sealed class SqliteBusyWaitTests
{
    [Fact]
    public async Task EveryConnectionOfTheApp_WaitsInsideSqliteForAnotherWritersLock()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();

        await using var pragma = db.Database.GetDbConnection().CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout";
        var timeout = await pragma.ExecuteScalarAsync();

        // A plain connection has none (SQLite's default 0: busy at once, then Microsoft.Data.Sqlite's 150 ms sleep).
        await using var plain = new Microsoft.Data.Sqlite.SqliteConnection(database.Settings.ConnectionString);
        await plain.OpenAsync();
        await using var command = plain.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        Assert.Equal((long)SqliteBusyWait.TimeoutMilliseconds, timeout);
    }
}
