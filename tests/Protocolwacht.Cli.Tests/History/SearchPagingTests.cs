using Microsoft.EntityFrameworkCore;
using Protocolwacht.History.Search;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Search;
using Protocolwacht.TestSupport;
using static Protocolwacht.Cli.Tests.History.HistoryCli;

namespace Protocolwacht.Cli.Tests.History;

/// <summary>
/// The search over more matches than it counts or shows, on SQLite and PostgreSQL: the count stops past
/// <see cref="ArchiveSearch.CountLimit"/>, pages come newest first by the post's time (not by the order posts were
/// archived in), and paging reaches every result exactly once, with and without a filter.
/// </summary>
public sealed class SearchPagingTests
{
    private const int Matching = 1_105;
    private const int KompasMatching = 1_105 / 4 + 1;

    [Theory]
    [AllDatabases]
    public async Task ManyMatches_CountIsBounded_AndPagingGoesNewestFirstThroughEveryResult(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: false);
        await WriteAsync(database);
        await using var db = database.NewContext();
        var search = new ArchiveSearch(db);

        var first = await search.SearchAsync("sportdagen", new SearchFilters());

        Assert.True(first.TotalIsCapped);
        Assert.Equal(ArchiveSearch.CountLimit, first.Total);
        Assert.Equal(50, first.Hits.Count);
        Assert.Equal(Newest(), first.Hits[0].At);
        var all = await AllPagesAsync(search, new SearchFilters(), first);
        Assert.Equal(Matching, all.Count);
        Assert.Equal(Matching, all.Select(h => h.Sequence).Distinct().Count());
        Assert.All(all, h => Assert.Contains("<mark>sportdag</mark>", h.Html, StringComparison.Ordinal));
        AssertNewestFirst(all);
    }

    /// <summary>
    /// The command line says the capped count as the page and README do (stop 48's review: it printed "meer dan 1000
    /// resultaten", and this test failed on that code).
    /// </summary>
    [Fact]
    public async Task ManyMatches_TheCommandLineSaysMoreThanAThousand_GroupedTheDutchWay()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await WriteAsync(database);

        var search = await RunAsync(["search", "sportdagen", .. Location(database)]);

        Assert.Equal(0, search.ExitCode);
        Assert.StartsWith("meer dan 1.000 resultaten; de nieuwste 20:", search.Out, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task FewerMatchesThanCounted_AreCountedExactly_AndPagedNewestFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: false);
        await WriteAsync(database);
        await using var db = database.NewContext();
        var search = new ArchiveSearch(db);
        var kompas = new SearchFilters { SchoolId = "kompas", Limit = 20 };

        var first = await search.SearchAsync("sportdag", kompas);

        Assert.False(first.TotalIsCapped);
        Assert.Equal(KompasMatching, first.Total);
        Assert.Equal(20, first.Hits.Count);
        var all = await AllPagesAsync(search, kompas, first);
        Assert.Equal(KompasMatching, all.Count);
        Assert.Equal(KompasMatching, all.Select(h => h.Sequence).Distinct().Count());
        Assert.All(all, h => Assert.Equal("kompas", h.SchoolId));
        AssertNewestFirst(all);
        Assert.Empty((await search.SearchAsync("sportdag", new SearchFilters { SchoolId = "kompas", Before = new SearchCursor(all[^1].At, all[^1].Sequence) })).Hits);
    }

    // Posts archived in an order unlike their times (as an import of an old export after recent posts is), with
    // every fifth pair at the same minute, so the order needs its tie-break by sequence too. Every post but the
    // last 100 mentions a sports day; a quarter of them belong to kompas.
    private static async Task WriteAsync(TestDatabase database)
    {
        var postgres = database.Settings.Provider == DatabaseProvider.Postgres;
        var entries = Enumerable.Range(1, Matching + 100).Select(i =>
        {
            var text = i <= Matching ? $"De sportdag van groep {i % 8 + 1} was een succes." : "Ouderavond in de aula.";
            var school = i % 4 == 1 ? "kompas" : "regenboog";
            return SearchEntries.For(i, SearchSources.Imported, school + "-x", school, null, At(i), "allow", [], null, text, postgres);
        }).ToList();
        await using var db = database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await SearchEntryBulkWriter.WriteAsync(db, entries, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static DateTimeOffset At(int sequence) =>
        new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(sequence * 7919 % 2003 / 2 * 10);

    private static DateTimeOffset Newest() => Enumerable.Range(1, Matching).Select(At).Max();

    private static async Task<List<SearchHit>> AllPagesAsync(ArchiveSearch search, SearchFilters filters, SearchResults first)
    {
        var all = new List<SearchHit>(first.Hits);
        var next = first.Next;
        while (next is not null)
        {
            var page = await search.SearchAsync("sportdag", filters with { Before = next });
            Assert.NotEmpty(page.Hits);
            all.AddRange(page.Hits);
            next = page.Next;
        }

        return all;
    }

    private static void AssertNewestFirst(List<SearchHit> hits)
    {
        for (var i = 1; i < hits.Count; i++)
        {
            var (newer, older) = (hits[i - 1], hits[i]);
            Assert.True(newer.At > older.At || (newer.At == older.At && newer.Sequence > older.Sequence), $"{newer.Sequence} at {newer.At:O} before {older.Sequence} at {older.At:O}");
        }

        Assert.Contains(hits, h => hits.Any(o => o.At == h.At && o.Sequence != h.Sequence));
        Assert.Contains(hits.Zip(hits.Skip(1)), p => p.First.Sequence < p.Second.Sequence);
    }
}
