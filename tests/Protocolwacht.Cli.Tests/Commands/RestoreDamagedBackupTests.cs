using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Xunit.Abstractions;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary>
/// Property test of the backup restore (tests13): a backup damaged in any of the ways a disk, a copy or a mistaken file
/// does it (bytes overwritten, the header hit, the file cut short, a page zeroed or copied over another, a foreign file
/// under its name) is either restored whole or refused with <see cref="BackupException"/> (the documented Dutch error;
/// its words are ui21's), and a refused restore leaves the live database exactly as it was, byte for byte. The damage
/// is made from a fixed seed, so a failure replays: the message names the case.
/// Its cost (tests14, docs/benchmarks.md): most of it is the one database made before the cases (the per-process
/// migrated template, the demo organisation's seeding, EF's first model), about 4 s of processor; the 120 cases took
/// about 2.4 s, each a restore (its checks and, for 49, the copy) and content fingerprints of the live database, of
/// which it now takes one per case instead of up to two.
/// </summary>
public sealed class RestoreDamagedBackupTests(ITestOutputHelper output)
{
    private const int Cases = 120;
    private const int Seed = 13;

    [Fact]
    public async Task Restore_DamagedBackups_RestoreWholeOrRefuseWithABackupException_AndARefusalChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var folder = new TemporaryFolder("pw-restore-");
        var good = folder.PathOf("goed.db");
        await SqliteBackup.BackupAsync(database.Settings, good);
        var backup = await File.ReadAllBytesAsync(good);
        var live = new SqliteConnectionStringBuilder(database.Settings.ConnectionString).DataSource;
        var untouched = Fingerprint(live);
        // The fingerprint sees a change of content, and a restore writes the live database: a table added after the
        // backup changes the fingerprint, and restoring the backup takes it away again.
        await using (var change = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = live, Pooling = false }.ToString()))
        {
            await change.OpenAsync();
            await using var create = change.CreateCommand();
            create.CommandText = "CREATE TABLE after_the_backup (x INTEGER); INSERT INTO after_the_backup VALUES (1);";
            await create.ExecuteNonQueryAsync();
        }

        Assert.NotEqual(untouched, Fingerprint(live));
        await SqliteBackup.RestoreAsync(database.Settings, good);
        Assert.Equal(untouched, Fingerprint(live));
        var random = new Random(Seed);
        var failures = new List<string>();
        var refused = 0;

        // The live database's content as the loop goes: only a restore that goes through changes it, so each case's
        // "before" is what the last case left, and each case takes one fingerprint (191 for the 120 cases before tests14).
        var current = untouched;
        var fingerprints = 0;
        string Now()
        {
            fingerprints++;
            return Fingerprint(live);
        }

        for (var i = 0; i < Cases; i++)
        {
            var (how, damaged) = Damage(backup, random);
            var file = folder.File($"schade-{i}.db", string.Empty);
            await File.WriteAllBytesAsync(file, damaged);
            try
            {
                await SqliteBackup.RestoreAsync(database.Settings, file);
                current = Now(); // restored: the next case starts from what this one wrote
            }
            catch (BackupException ex)
            {
                refused++;
                var after = Now();
                if (string.IsNullOrWhiteSpace(ex.Message) || after != current)
                {
                    failures.Add($"case {i} ({how}): refused, but the live database changed or the message is empty");
                }
            }
#pragma warning disable CA1031 // what the property is about: any other exception is a failure, reported with its case
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var after = Now();
                failures.Add($"case {i} ({how}): {ex.GetType().Name}: {ex.Message}; live database {(after == current ? "unchanged" : "CHANGED")}");
                current = after;
            }
            finally
            {
                File.Delete(file);
            }
        }

        output.WriteLine($"{refused} of {Cases} damaged backups refused, {Cases - refused} restored; {fingerprints} fingerprints of the live database");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} damaged backups (seed {Seed}):\n" + string.Join("\n", failures.Take(10)));
        Assert.True(refused > Cases / 2, $"only {refused} of {Cases} damaged backups were refused; the damage does not reach what the restore checks");
    }

    [Fact]
    public void Damage_AlwaysChangesTheFile_AndTheSameSeedMakesTheSameFiles()
    {
        var backup = new byte[3 * 4096];
        new Random(1).NextBytes(backup);
        var first = new Random(Seed);
        var second = new Random(Seed);

        for (var i = 0; i < 50; i++)
        {
            var (how, damaged) = Damage(backup, first);
            Assert.Equal(damaged, Damage(backup, second).File);
            Assert.False(damaged.AsSpan().SequenceEqual(backup), $"case {i} ({how}) left the file as it was");
        }
    }

    /// <summary>One kind of damage, chosen and placed by <paramref name="random"/>; never the file as it was.</summary>
    private static (string How, byte[] File) Damage(byte[] backup, Random random)
    {
        const int Page = 4096;
        var file = (byte[])backup.Clone();
        switch (random.Next(7))
        {
            case 0:
                var count = 1 + random.Next(16);
                var places = new HashSet<int>();
                while (places.Count < count)
                {
                    places.Add(random.Next(file.Length));
                }

                foreach (var at in places)
                {
                    file[at] = (byte)~file[at];
                }

                return ($"{count} bytes flipped", file);
            case 1:
                var header = random.Next(100);
                file[header] = (byte)~file[header];
                return ($"header byte {header} flipped", file);
            case 2:
                var length = random.Next(file.Length);
                return ($"cut at {length} bytes", file[..length]);
            case 3:
                var zeroed = random.Next(file.Length / Page);
                Array.Clear(file, zeroed * Page, Page);
                return ($"page {zeroed + 1} zeroed", file);
            case 4:
                // Pages of two empty tables can be alike; the copy is then no damage, and the restore may go ahead.
                var from = random.Next(file.Length / Page);
                var to = (from + 1 + random.Next((file.Length / Page) - 1)) % (file.Length / Page);
                Array.Copy(backup, from * Page, file, to * Page, Page);
                return ($"page {from + 1} copied over page {to + 1}", file);
            case 5:
                var garbage = new byte[1 + random.Next(2 * Page)];
                random.NextBytes(garbage);
                return ($"{garbage.Length} random bytes", garbage);
            default:
                var start = random.Next(file.Length - 64);
                random.NextBytes(file.AsSpan(start, 64));
                return ($"64 random bytes at {start}", file);
        }
    }

    // The live database's content: its schema and every row of every table, read through SQLite. Not its bytes on disk:
    // closing the last connection to a database in WAL mode moves the log into the file, and the migration's pooled
    // connection closes whenever another test clears the pools, so the bytes changed under a refused restore that
    // wrote nothing (the first fresh-clone run of stop 45, "cut at 96480 bytes").
    private static string Fingerprint(string databaseFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        connection.Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var tables = new List<string>();
        using (var schema = connection.CreateCommand())
        {
            schema.CommandText = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name";
            using var reader = schema.ExecuteReader();
            while (reader.Read())
            {
                Add(hash, $"{reader.GetString(0)}|{reader.GetString(1)}|{(reader.IsDBNull(2) ? "" : reader.GetString(2))}");
                if (reader.GetString(0) == "table" && !reader.GetString(1).StartsWith("sqlite_", StringComparison.Ordinal))
                {
                    tables.Add(reader.GetString(1));
                }
            }
        }

        foreach (var table in tables)
        {
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    Add(hash, reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "");
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, string value)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(value));
        hash.AppendData([0]);
    }
}
