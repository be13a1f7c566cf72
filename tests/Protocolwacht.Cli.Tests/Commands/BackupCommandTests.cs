using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Cli;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary>Issue #14 item 6: <c>protocolwacht backup</c> and <c>restore</c> on SQLite; PostgreSQL is sent to pg_dump.</summary>
public sealed class BackupCommandTests
{
    [Fact]
    public async Task BackUp_ChangeData_Restore_GivesTheOldDataBack_TheArchiveVerifies_AndTheAppStartsOnIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);
        }

        var file = Path.Combine(database.DataDirectory!, "backup-1.db");
        var backup = await RunAsync(["backup", file, "--data-dir", database.DataDirectory!]);
        Assert.Equal((0, string.Empty), (backup.ExitCode, backup.Error));
        Assert.StartsWith($"Backup gemaakt: {file}", backup.Out, StringComparison.Ordinal);
        Assert.Contains("bestaat al", (await RunAsync(["backup", file, "--data-dir", database.DataDirectory!])).Error, StringComparison.Ordinal);

        await using (var db = database.NewContext())
        {
            await db.Schools.Where(s => s.Id == "regenboog").ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, "Na de backup"));
            using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 2);
        }

        Assert.StartsWith("Archief intact: 5 records", (await RunAsync(["archive", "verify", "--data-dir", database.DataDirectory!])).Out, StringComparison.Ordinal);

        var restore = await RunAsync(["restore", file, "--data-dir", database.DataDirectory!]);

        Assert.Equal((0, string.Empty), (restore.ExitCode, restore.Error));
        Assert.Equal("Basisschool De Regenboog", await SchoolNameAsync(database));
        Assert.StartsWith("Archief intact: 3 records", (await RunAsync(["archive", "verify", "--data-dir", database.DataDirectory!])).Out, StringComparison.Ordinal);
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["ConnectionStrings:Sqlite"] = database.Settings.ConnectionString);
        using var tom = await app.SignInAsync("tom.hendriks");
        Assert.Contains("Tom Hendriks", await tom.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_RefusesAFileThatIsNoProtocolwachtDatabase_OrFromANewerVersion_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var folder = database.DataDirectory!;
        var text = Path.Combine(folder, "notities.txt");
        await File.WriteAllTextAsync(text, "Dit is geen database, maar het is lang genoeg om op een SQLite-kop te lijken........................................");
        var otherSqlite = Path.Combine(folder, "ander.db");
        await ExecuteAsync(otherSqlite, "CREATE TABLE boodschappen (naam TEXT);");
        var newer = Path.Combine(folder, "nieuwer.db");
        Assert.Equal(0, (await RunAsync(["backup", newer, "--data-dir", folder])).ExitCode);
        await ExecuteAsync(newer, "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_Toekomst', '99.0.0');");
        await using (var db = database.NewContext())
        {
            await db.Schools.Where(s => s.Id == "regenboog").ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, "Huidige naam"));
        }

        var notSqlite = await RunAsync(["restore", text, "--data-dir", folder]);
        var notOurs = await RunAsync(["restore", otherSqlite, "--data-dir", folder]);
        var fromNewer = await RunAsync(["restore", newer, "--data-dir", folder]);
        var missing = await RunAsync(["restore", Path.Combine(folder, "weg.db"), "--data-dir", folder]);

        Assert.All(new[] { notSqlite, notOurs, fromNewer, missing }, r => Assert.Equal(ExitCodes.UsageOrInputError, r.ExitCode));
        Assert.Contains("is geen SQLite-database en dus geen backup van Protocolwacht; er is niets teruggezet.", notSqlite.Error, StringComparison.Ordinal);
        Assert.Contains("is geen database van Protocolwacht", notOurs.Error, StringComparison.Ordinal);
        Assert.Contains("komt van een nieuwere versie van Protocolwacht (onbekende databaseversie 29991231000000_Toekomst)", fromNewer.Error, StringComparison.Ordinal);
        Assert.Contains("bestaat niet", missing.Error, StringComparison.Ordinal);
        Assert.Equal("Huidige naam", await SchoolNameAsync(database));
    }

    [Fact]
    public async Task OnPostgres_BothCommandsPointToPgDump_AndTouchNothing()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pw-backup-{Guid.NewGuid():N}.db");

        var backup = await RunAsync(["backup", file, "--provider", "Postgres", "--connection", "Host=127.0.0.1;Database=protocolwacht"]);
        var restore = await RunAsync(["restore", file, "--provider", "Postgres", "--connection", "Host=127.0.0.1;Database=protocolwacht"]);

        Assert.All(new[] { backup, restore }, r =>
        {
            Assert.Equal(ExitCodes.UsageOrInputError, r.ExitCode);
            Assert.Contains("pg_dump", r.Error, StringComparison.Ordinal);
            Assert.Contains("README", r.Error, StringComparison.Ordinal);
        });
        Assert.False(File.Exists(file));
    }

    private static async Task<string> SchoolNameAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Schools.Where(s => s.Id == "regenboog").Select(s => s.Name).SingleAsync();
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
        var exitCode = await Program.BuildRoot(cli).Parse(args).InvokeAsync(cli.Invocation);
        return (exitCode, output.ToString(), error.ToString());
    }
}
