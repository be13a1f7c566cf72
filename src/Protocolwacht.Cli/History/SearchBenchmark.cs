using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Protocolwacht.History.Search;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Search;

namespace Protocolwacht.Cli.History;

/// <summary>
/// <c>protocolwacht bench search --posts N</c>: N synthetic Dutch posts in the search index of a throwaway
/// database (a temporary SQLite file, or a temporary database on the PostgreSQL server named), then a fixed mix
/// of searches, each run several times; the last line is the 95th percentile.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly string[] Openings = ["Vandaag", "Gisteren", "Deze week", "Afgelopen vrijdag", "Morgen", "Volgende maand"];
    private static readonly string[] Subjects = ["groep 8", "groep 3", "de kleuters", "onze leerlingen", "het team", "de ouderraad", "de bovenbouw", "de onderbouw"];
    private static readonly string[] Verbs = ["bezochten", "organiseerden", "vierden", "speelden", "bouwden", "bekeken", "oefenden voor", "genoten van"];
    private static readonly string[] Objects =
    [
        "de voetbalwedstrijden", "een schoolreis naar het bos", "de sportdag", "het kerstdiner", "de ouderavond", "een museumbezoek",
        "de kunstwerken in de aula", "de verkeerslessen", "een voorleeswedstrijd", "het schoolplein", "de zomerfeesten", "een theatervoorstelling",
        "de avondvierdaagse", "de schaaktoernooien", "het techniekproject", "de moestuin", "een gastles over water", "de koningsspelen",
    ];
    private static readonly string[] Endings = ["Wat een mooie dag!", "Dank aan alle hulpouders.", "Bekijk de foto's op onze website.", "Iedereen was enthousiast.", "Tot volgende week!", ""];

    private static readonly string[] WarmUp = ["warm", "iedereen"];

    private static readonly SearchFilters Filtered = new() { VisibleSchools = ["regenboog"], From = new DateOnly(2022, 1, 1) };

    private static readonly string[] Mix =
    [
        "wedstrijd", "schoolreis", "sportdag", "\"groep 8\"", "ouderavond or kerstdiner", "kunstwerk aula", "feest -zomer", "toernooi", "voorlezen", "moestuin water",
    ];

    private const int Rounds = 5;

    public static async Task<int> RunAsync(TextWriter output, int posts, DatabaseProvider provider, string? connection, bool explain, CancellationToken cancellationToken)
    {
        var (settings, cleanup) = await TemporaryDatabaseAsync(provider, connection, cancellationToken);
        try
        {
            await using (var setup = Context(settings))
            {
                await new DatabaseInitializer(setup, []).InitialiseAsync(seedDemoData: false, cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            await WritePostsAsync(settings, posts, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"indexed: {posts} posts in {clock.Elapsed.TotalSeconds:0.0} s ({provider})"));

            var explaining = new ExplainingInterceptor(provider == DatabaseProvider.Postgres);
            await using var db = Context(settings, explaining);
            var search = new ArchiveSearch(db);
            // A running app compiles each query shape once: pay that here, for both filter shapes and for a rare and a
            // common word (fewer or more matches than the count's bound take different statements), with words not in the mix.
            foreach (var filters in new[] { new SearchFilters(), Filtered })
            {
                foreach (var word in WarmUp)
                {
                    await search.SearchAsync(word, filters, cancellationToken);
                }
            }

            var timings = new List<double>();
            var processor = new List<double>();
            foreach (var round in Enumerable.Range(0, Rounds))
            {
                foreach (var query in Mix)
                {
                    var filters = round % 2 == 0 ? new SearchFilters() : Filtered;
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    clock.Restart();
                    var results = await search.SearchAsync(query, filters, cancellationToken);
                    timings.Add(clock.Elapsed.TotalMilliseconds);
                    processor.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                    if (round == 0)
                    {
                        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {query}: {(results.TotalIsCapped ? "more than " : string.Empty)}{results.Total} results, {timings[^1]:0.0} ms"));
                    }
                }
            }

            if (explain)
            {
                await ExplainAsync(output, search, explaining, cancellationToken);
            }

            // On a shared machine wall time mostly measures the wait for a core; SQLite runs in this process, so its
            // processor time is the cost of the search itself (PostgreSQL works in its server: see --explain).
            processor.Sort();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"search processor time of this process: median {processor[processor.Count / 2]:0.0} ms, p95 {Percentile95(processor):0.0} ms"));
            timings.Sort();
            var p95 = Percentile95(timings);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"search median: {timings[timings.Count / 2]:0.0} ms, max {timings[^1]:0.0} ms over {timings.Count} searches"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"search p95: {p95:0.0} ms over {posts} posts"));
            return ExitCodes.Success;
        }
        finally
        {
            await cleanup();
        }
    }

    // Rows as the app's indexer builds them (SearchEntries.For), written in bulk (SearchEntryBulkWriter): building
    // a million through EF's change tracker took hours. Texts come from one seeded random sequence in order; the
    // stems are computed in parallel.
    private static async Task WritePostsAsync(DatabaseSettings settings, int posts, CancellationToken cancellationToken)
    {
        var random = new Random(13);
        var schools = new[] { ("regenboog", "regenboog-x"), ("kompas", "kompas-instagram"), ("sintjozef", "sintjozef-mastodon"), ((string?)null, "konot-linkedin") };
        var start = new DateTimeOffset(2018, 1, 1, 8, 0, 0, TimeSpan.Zero);
        var postgres = settings.Provider == DatabaseProvider.Postgres;
        const int Batch = 50_000;
        for (var from = 0; from < posts; from += Batch)
        {
            var drawn = new List<(long Sequence, string Source, string? School, string Account, DateTimeOffset At, string Verdict, string Text)>(Batch);
            for (var i = from; i < Math.Min(posts, from + Batch); i++)
            {
                var text = $"{Pick(random, Openings)} {Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)}. {Pick(random, Endings)}".TrimEnd();
                var (school, account) = schools[random.Next(schools.Length)];
                var source = random.Next(3) == 0 ? SearchSources.Published : SearchSources.Imported;
                var verdict = random.Next(20) == 0 ? "doubt" : "allow";
                drawn.Add((i + 1, source, school, account, start.AddMinutes(i * 3L), verdict, text));
            }

            var entries = drawn.AsParallel().AsOrdered()
                .Select(p => SearchEntries.For(p.Sequence, p.Source, p.Account, p.School, null, p.At, p.Verdict, [], null, p.Text, postgres))
                .ToList();
            await using var db = Context(settings);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SearchEntryBulkWriter.WriteAsync(db, entries, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (postgres)
        {
            // What autovacuum does to a table that grew over years; without it the planner knows nothing of word frequencies.
            await using var db = Context(settings);
            await db.Database.ExecuteSqlRawAsync("ANALYZE archive_search", cancellationToken);
        }
    }

    // A common word alone, the same with the reach and period filters of the mix, and a word no post has.
    private static async Task ExplainAsync(TextWriter output, ArchiveSearch search, ExplainingInterceptor explaining, CancellationToken cancellationToken)
    {
        explaining.Enabled = true;
        await search.SearchAsync("wedstrijd", new SearchFilters(), cancellationToken);
        await search.SearchAsync("wedstrijd", new SearchFilters { VisibleSchools = ["regenboog"], From = new DateOnly(2022, 1, 1) }, cancellationToken);
        await search.SearchAsync("moestuin water", new SearchFilters(), cancellationToken);
        explaining.Enabled = false;
        foreach (var plan in explaining.Plans)
        {
            await output.WriteLineAsync(plan);
        }
    }

    private static double Percentile95(List<double> sorted) => sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1];

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static ProtocolwachtDbContext Context(DatabaseSettings settings, ExplainingInterceptor? explaining = null)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        settings.Configure(options);
        if (explaining is not null)
        {
            options.AddInterceptors(explaining);
        }

        return new ProtocolwachtDbContext(options.Options);
    }

    private static async Task<(DatabaseSettings Settings, Func<Task> Cleanup)> TemporaryDatabaseAsync(DatabaseProvider provider, string? connection, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var name = "protocolwacht_bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var server = new NpgsqlConnection(connection))
            {
                await server.OpenAsync(cancellationToken);
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            var builder = new NpgsqlConnectionStringBuilder(connection) { Database = name };
            return (new DatabaseSettings(provider, builder.ConnectionString), async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var server = new NpgsqlConnection(connection);
                await server.OpenAsync(CancellationToken.None);
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
                await drop.ExecuteNonQueryAsync(CancellationToken.None);
            }
            );
        }

        var folder = Path.Combine(Path.GetTempPath(), "protocolwacht-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return (new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "search.db")}"), () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        }
        );
    }
}
