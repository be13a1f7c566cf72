using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Protocolwacht.History.Insight;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Insight;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// <c>-- insight [posts] [postgres-connection]</c>: what the insight page (<c>/insight</c>) costs over a board's whole
/// history. A throwaway SQLite database (a temporary folder, never the app's), or with a connection string a throwaway
/// database on that PostgreSQL server (created and dropped), gets N archived posts in the insight's derived tables, as
/// <c>InsightIndexer</c> writes them: 4 schools and the board, 12 accounts, eight school years, about a third of the
/// posts with one to three findings, advice times for the published ones. Then <see cref="InsightQuery.FiguresAsync"/>
/// (every figure of the page: totals, per guideline, category, school, account and month, advice times, frequent
/// findings with examples) runs for the filters the page offers, each several times; the figure is per page view.
/// With <c>--explain</c> it then prints every statement of one view with the database's plan for it.
/// </summary>
internal static class InsightBench
{
    private const int Rounds = 7;

    private static readonly (string? School, string Account)[] Accounts =
    [
        ("regenboog", "regenboog-x"), ("regenboog", "regenboog-facebook"), ("regenboog", "regenboog-instagram"),
        ("kompas", "kompas-x"), ("kompas", "kompas-facebook"), ("kompas", "kompas-instagram"),
        ("sintjozef", "sintjozef-mastodon"), ("sintjozef", "sintjozef-facebook"),
        ("dewilgen", "dewilgen-x"), ("dewilgen", "dewilgen-facebook"),
        (null, "konot-x"), (null, "konot-linkedin"),
    ];

    // Guidelines and categories as the check writes them (Protocol.R2 …, Checks.Categories).
    private static readonly (string Guideline, string Category)[] Findings =
    [
        ("R2", "personal-data"), ("R3", "image-consent"), ("R3", "unauthorized"), ("R4", "confidential"), ("R6", "harmful-statement"),
        ("R6", "profanity"), ("R6", "informal-language"), ("R6", "discussion"), ("R9", "copyright"), ("R9", "missing-source"),
    ];

    public static async Task RunAsync(int posts, string? postgres, bool explain)
    {
        var (settings, cleanup) = await TemporaryDatabaseAsync(postgres);
        try
        {
            await using (var setup = Context(settings))
            {
                await new DatabaseInitializer(setup, []).InitialiseAsync(seedDemoData: false, CancellationToken.None);
            }

            var clock = Stopwatch.StartNew();
            var findings = await WriteAsync(settings, posts);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"written: {posts} posts with {findings} findings in {clock.Elapsed.TotalSeconds:0.0} s ({settings.Provider})"));
            await AnalyseAsync(settings);

            await using var db = Context(settings);
            var query = new InsightQuery(db);
            (string Name, InsightFilters Filters)[] views =
            [
                ("board, everything", new InsightFilters()),
                ("board, one school year", new InsightFilters { FromMonth = 202408, ToMonth = 202507 }),
                ("director, own school", new InsightFilters { VisibleSchools = ["regenboog"] }),
                ("director, own school, one year", new InsightFilters { VisibleSchools = ["regenboog"], FromMonth = 202408, ToMonth = 202507 }),
                ("board, one account, imported", new InsightFilters { AccountId = "kompas-facebook", Source = "imported" }),
            ];
            await query.FiguresAsync(new InsightFilters()); // the first query pays for opening and planning
            var all = new List<double>();
            foreach (var (name, filters) in views)
            {
                var timings = new List<double>();
                InsightFigures? figures = null;
                for (var round = 0; round < Rounds; round++)
                {
                    clock.Restart();
                    figures = await query.FiguresAsync(filters);
                    timings.Add(clock.Elapsed.TotalMilliseconds);
                }

                timings.Sort();
                all.AddRange(timings);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name}: {figures!.Posts} posts, median {timings[timings.Count / 2]:0} ms, max {timings[^1]:0} ms"));
            }

            all.Sort();
            var p95 = all[(int)Math.Ceiling(0.95 * all.Count) - 1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"insight median: {all[all.Count / 2]:0} ms, p95: {p95:0} ms per page view over {posts} posts ({all.Count} views)"));
            if (explain)
            {
                // The plans of the slowest view before this change: one account, imported only.
                var plans = new QueryPlans();
                await using var planned = Context(settings, plans);
                await new InsightQuery(planned).FiguresAsync(views[^1].Filters);
                await plans.PrintAsync(planned, Console.Out);
            }
        }
        finally
        {
            await cleanup();
        }
    }

    /// <summary>
    /// PostgreSQL's autovacuum gathers the planner's statistics soon after a bulk write; the bench does it at once so
    /// the figures do not depend on when autovacuum came by. SQLite gets none: the app never runs ANALYZE there.
    /// </summary>
    private static async Task AnalyseAsync(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        await using var db = Context(settings);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static async Task<(DatabaseSettings Settings, Func<Task> Cleanup)> TemporaryDatabaseAsync(string? postgres)
    {
        if (postgres is not null)
        {
            var name = "protocolwacht_insight_bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var server = new NpgsqlConnection(postgres))
            {
                await server.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
                await create.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(postgres) { Database = name };
            return (new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString), async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var server = new NpgsqlConnection(postgres);
                await server.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
                await drop.ExecuteNonQueryAsync();
            }
            );
        }

        var folder = Path.Combine(Path.GetTempPath(), "protocolwacht-insight-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return (new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "insight.db")}"), () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        }
        );
    }

    private static async Task<int> WriteAsync(DatabaseSettings settings, int posts)
    {
        var random = new Random(13);
        var start = new DateTimeOffset(2018, 8, 20, 7, 0, 0, TimeSpan.Zero);
        var span = new DateTimeOffset(2026, 7, 15, 0, 0, 0, TimeSpan.Zero) - start;
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var findings = 0;
        const int Batch = 10_000;
        for (var from = 0; from < posts; from += Batch)
        {
            await using var db = Context(settings);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = from; i < Math.Min(posts, from + Batch); i++)
            {
                var (school, account) = Accounts[random.Next(Accounts.Length)];
                var at = start + (span * ((double)i / posts));
                var local = TimeZoneInfo.ConvertTime(at, amsterdam);
                var month = (local.Year * 100) + local.Month;
                var published = random.Next(4) == 0;
                var source = published ? "published" : "imported";
                var count = random.Next(3) == 0 ? 1 + random.Next(3) : 0;
                var verdict = count == 0 ? "allow" : random.Next(4) == 0 ? "block" : "doubt";
                var sequence = i + 1L;
                db.InsightPosts.Add(new InsightPostEntity
                {
                    Sequence = sequence,
                    Source = source,
                    AccountId = account,
                    SchoolId = school,
                    AuthorId = published ? $"medewerker{random.Next(150)}" : null,
                    PlatformId = $"p{sequence}",
                    At = at,
                    Month = month,
                    Verdict = verdict,
                    NeededAdvice = verdict != "allow",
                    PostId = published ? Guid.NewGuid() : null,
                    AdviceWaitSeconds = published && verdict != "allow" ? 600 + random.Next(3 * 86_400) : null,
                });
                for (var f = 0; f < count; f++)
                {
                    var (guideline, category) = Findings[random.Next(Findings.Length)];
                    db.InsightFindings.Add(new InsightFindingEntity
                    {
                        Sequence = sequence,
                        Index = f,
                        Source = source,
                        AccountId = account,
                        SchoolId = school,
                        Month = month,
                        Guideline = guideline,
                        Category = category,
                    });
                    findings++;
                }
            }

            await db.SaveChangesAsync();
        }

        return findings;
    }

    private static ProtocolwachtDbContext Context(DatabaseSettings settings, QueryPlans? plans = null)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        settings.Configure(options);
        if (plans is not null)
        {
            options.AddInterceptors(plans);
        }

        return new ProtocolwachtDbContext(options.Options);
    }
}
