using Microsoft.EntityFrameworkCore;
using Protocolwacht.History.Search;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Search;
using Protocolwacht.TestSupport;
using static Protocolwacht.Cli.Tests.History.HistoryCli;

namespace Protocolwacht.Cli.Tests.History;

/// <summary>
/// The search benchmark writes its rows in bulk; they must be the rows the app's indexer writes for the same
/// post, full-text part included, or the benchmark measures another index. On SQLite and PostgreSQL.
/// </summary>
public sealed class SearchEntryBulkWriterTests
{
    private const string Posts = """
        date,text,url
        2023-04-12 10:00,De voetbalwedstrijden van groep 8 waren spannend!,https://example.org/1
        2024-06-03 09:00,"Onze schoolreis naar het bos was geweldig; bel 06-12345678 voor de foto's",https://example.org/2
        2024-09-10 19:00,Ouderavond op dinsdag: welkom in de aula & de kunstwerken 🎨,
        """;

    private const long Offset = 10_000;

    [Theory]
    [AllDatabases]
    public async Task BulkRows_AreTheRowsTheIndexerWritesForTheSamePosts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new TemporaryFolder("pw-history-");
        Assert.Equal(0, (await RunAsync(["import", "csv", files.File("a.csv", Posts), "--account", "regenboog-x", .. Location(database)])).ExitCode);
        await using var db = database.NewContext();
        var indexed = await db.SearchEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(3, indexed.Count);

        var postgres = provider == DatabaseProvider.Postgres;
        var bulk = indexed.Select(e => SearchEntries.For(
            e.Sequence + Offset, e.Source, e.AccountId, e.SchoolId, e.AuthorId, e.At, e.Verdict,
            e.Categories.Split('|', StringSplitOptions.RemoveEmptyEntries), e.Url, e.Text, postgres)).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await SearchEntryBulkWriter.WriteAsync(db, bulk, CancellationToken.None);
            await transaction.CommitAsync();
        }

        foreach (var row in indexed)
        {
            var written = await db.SearchEntries.AsNoTracking().SingleAsync(e => e.Sequence == row.Sequence + Offset);
            written.Sequence = row.Sequence;
            Assert.Equivalent(row, written, strict: true);
            Assert.Equal(await FullTextAsync(db, provider, row.Sequence), await FullTextAsync(db, provider, row.Sequence + Offset));
        }

        Assert.NotEmpty(await FullTextAsync(db, provider, Offset + indexed[0].Sequence));
        Assert.Single((await new ArchiveSearch(db).SearchAsync("wedstrijd", new SearchFilters { From = new DateOnly(2023, 1, 1) })).Hits, h => h.Sequence > Offset);
    }

    // What the full-text index holds for a row: the FTS5 columns on SQLite, the generated tsvector on PostgreSQL.
    private static async Task<string> FullTextAsync(Persistence.ProtocolwachtDbContext db, DatabaseProvider provider, long sequence) =>
        provider == DatabaseProvider.Postgres
            ? await db.Database.SqlQuery<string>($"SELECT document::text AS \"Value\" FROM archive_search WHERE \"Sequence\" = {sequence}").SingleAsync()
            : await db.Database.SqlQuery<string>($"SELECT terms || ' / ' || parts AS \"Value\" FROM archive_search_fts WHERE rowid = {sequence}").SingleAsync();
}
