using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Cli.Archive;

/// <summary>
/// <c>bench archive --records N</c>: a throwaway SQLite archive of N synthetic publication records in a
/// temporary folder (never the app's database), one signed tree head over them, then the same
/// verification <c>archive verify</c> runs, timed. The folder is deleted afterwards.
/// </summary>
internal static class ArchiveBenchmark
{
    public static async Task<int> RunAsync(TextWriter output, long records, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "protocolwacht-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "archive.db")}");
            await using var db = Context(settings);
            await new DatabaseInitializer(db, []).InitialiseAsync(seedDemoData: false, cancellationToken);

            var clock = Stopwatch.StartNew();
            await WriteRecordsAsync(db, records, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"written: {records} records in {clock.Elapsed.TotalSeconds:0.00} s"));

            clock.Restart();
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            await ArchiveSigningKeys.StoreAsync(db, key, string.Empty, TimeProvider.System.GetUtcNow(), cancellationToken);
            var head = await new ArchiveTreeHeads(db, new ArchiveStore(db), TimeProvider.System).SignNewAsync(key, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"tree head: {head?.TreeSize} records signed in {clock.Elapsed.TotalSeconds:0.00} s"));

            // Wall time on a shared machine says little; the processor time of this process says what verification costs.
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            clock.Restart();
            var report = await new ArchiveStore(db).VerifyAsync(cancellationToken: cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            process.Refresh();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"verify processor time: {(process.TotalProcessorTime - cpuBefore).TotalSeconds:0.00} s"));
            if (!report.Intact)
            {
                await output.WriteLineAsync($"verify found problems: {report.FirstProblem!.Message}");
                return ExitCodes.Tampered;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"verify: {report.Records} records in {seconds:0.00} s"));
            return ExitCodes.Success;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ProtocolwachtDbContext Context(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        settings.Configure(options);
        return new ProtocolwachtDbContext(options.Options);
    }

    // Plain prepared inserts in one transaction: the benchmark is about verification, and EF Core's change
    // tracker would spend minutes on a million rows. The rows are what ArchiveLog writes.
    private static async Task WriteRecordsAsync(ProtocolwachtDbContext db, long count, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // A throwaway database: no journal and no fsync while it is filled (never done to the app's database).
            pragma.CommandText = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var record = connection.CreateCommand();
        record.CommandText = "INSERT INTO archive_records (\"Sequence\", \"Type\", \"RecordedAt\", \"ContentHash\", \"RedactsSequence\") VALUES ($s, $t, $at, $h, NULL)";
        var (s, t, at, h) = (record.Parameters.Add("$s", SqliteType.Integer), record.Parameters.Add("$t", SqliteType.Text), record.Parameters.Add("$at", SqliteType.Integer), record.Parameters.Add("$h", SqliteType.Blob));
        await using var content = connection.CreateCommand();
        content.CommandText = "INSERT INTO archive_contents (\"Sequence\", \"Content\") VALUES ($s, $c)";
        var (cs, cc) = (content.Parameters.Add("$s", SqliteType.Integer), content.Parameters.Add("$c", SqliteType.Blob));
        record.Transaction = transaction;
        content.Transaction = transaction;
        var time = new DateTimeOffsetToBinaryConverter();
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        for (long i = 1; i <= count; i++)
        {
            var recordedAt = start.AddSeconds(i);
            var bytes = ArchiveJson.Write(Sample(i, recordedAt));
            s.Value = i;
            t.Value = ArchiveRecordTypes.Published;
            at.Value = time.ConvertToProvider(recordedAt);
            h.Value = ArchiveRecord.HashContent(bytes);
            record.ExecuteNonQuery(); // synchronous: an awaited call per row costs more than the insert
            cs.Value = i;
            cc.Value = bytes;
            content.ExecuteNonQuery();
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static PublishedRecord Sample(long i, DateTimeOffset at) => new(
        new Guid((int)i, 1, 2, [3, 4, 5, 6, 7, 8, 9, 10]),
        new Guid((int)i, 2, 3, [4, 5, 6, 7, 8, 9, 10, 11]),
        string.Create(CultureInfo.InvariantCulture, $"Wat een mooie sportdag vandaag bij De Regenboog! Dank aan alle ouders die hielpen. Bericht {i}."),
        "regenboog-x",
        "x",
        i.ToString(CultureInfo.InvariantCulture),
        string.Create(CultureInfo.InvariantCulture, $"https://x.example/RegenboogEsveld/status/{i}"),
        "tom.hendriks",
        i % 10 == 0 ? "karin.mulder" : null,
        [],
        new ArchivedCheck(Verdict.Allow, 1, "Social Media Protocol Konot", []),
        [],
        at.AddMinutes(-5),
        at.AddMinutes(-1),
        at);
}
