using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.TestSupport;

/// <summary>
/// A SQLite database with every migration applied and nothing else, made once per test process and copied into the
/// data folder of each test app that starts on a fresh SQLite database. Applying the migrations one by one cost about
/// 0.3 s of processor per app start (of 1.0–1.3 s for a whole start), and a test run starts hundreds of apps. The copy
/// holds the schema and the migration history only, no rows: the app still runs its migrator at start (which finds
/// nothing left to apply) and its seeders, on its own clock and in its own environment. The migrations themselves
/// still run from an empty database here (a failing one fails every test that starts an app) and in the tests that
/// start the app on a folder of their own (<c>Database:DataDirectory</c>).
/// </summary>
internal static class SqliteSchemaTemplate
{
    private const string FileName = "protocolwacht.db";

    // The database's bytes: kept in memory, so its temporary folder goes at once. A folder removed at the process's exit
    // was left behind now and then (tests12: in 1 of 7 runs of Persistence.Tests and Cli.Tests), the exit handler not having run.
    private static readonly Lazy<Task<byte[]>> Template = new(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Puts a copy of the migrated database in <paramref name="dataDirectory"/>, where the app looks for it.</summary>
    public static async Task CopyToAsync(string dataDirectory)
    {
        TestWork.Count("SQLite database (template copy)");
        var template = await Template.Value;
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllBytesAsync(Path.Combine(dataDirectory, FileName), template);
    }

    /// <summary>Copies the migrated database to <paramref name="file"/>, a new database beside the app's first one.</summary>
    public static async Task CopyToFileAsync(string file)
    {
        TestWork.Count("SQLite database (template copy)");
        await File.WriteAllBytesAsync(file, await Template.Value);
    }

    private static async Task<byte[]> CreateAsync()
    {
        using var folder = new TemporaryFolder("protocolwacht-schema-");
        var file = folder.PathOf(FileName);
        // Without pooling the last connection's close checkpoints the write-ahead log into the file and removes it, so
        // the one file is the whole database when it is read.
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        settings.Configure(options);
        await using (var db = new ProtocolwachtDbContext(options.Options))
        {
            await new DatabaseInitializer(db, []).InitialiseAsync(seedDemoData: false);
        }

        return await File.ReadAllBytesAsync(file);
    }
}
