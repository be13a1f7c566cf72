using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using static Protocolwacht.Cli.Tests.History.HistoryCli;

namespace Protocolwacht.Cli.Tests.History;

/// <summary><c>protocolwacht import …</c> on SQLite and PostgreSQL: records, idempotence, refusal without a trace, and a verifiable archive.</summary>
public sealed class ImportCommandTests
{
    [Theory]
    [AllDatabases]
    public async Task ImportX_AddsImportedRecordsWithTheCheck_ReimportAddsNothing_AndArchiveVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await RunAsync(["import", "x", Sample("tweets.js"), "--account", "regenboog-x", .. Location(database)]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 bericht(en) gelezen, 5 toegevoegd", first.Out, StringComparison.Ordinal);
        Assert.Contains("Toegevoegd per account en jaar", first.Out, StringComparison.Ordinal);
        Assert.Contains("regenboog-x", first.Out, StringComparison.Ordinal);
        var records = await ImportedAsync(database);
        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.Equal(ImportedRecord.ImportedLabel, r.Label));
        Assert.All(records, r => Assert.Equal(1, r.Check.ProtocolVersion));
        Assert.Contains(records, r => r.Kind == "repost");
        Assert.Contains(records, r => r.Kind == "reply");
        Assert.Contains(records, r => r.Media.Count > 0);

        var again = await RunAsync(["import", "x", Sample("tweets.js"), "--account", "regenboog-x", .. Location(database)]);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("5 bericht(en) gelezen, 0 toegevoegd", again.Out, StringComparison.Ordinal);
        Assert.Equal(5, (await ImportedAsync(database)).Count);

        var verify = await RunAsync(["archive", "verify", .. Location(database)]);
        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("Archief intact: 5 records", verify.Out, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task ImportCsv_WithFindings_ReportsThemPerGuidelineCategoryAndYear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new TemporaryFolder("pw-history-");
        var file = files.File("posts.csv", """
            date,text,url
            2023-05-01 10:00,Wat een mooie sportdag vandaag!,https://example.org/1
            2024-02-01 10:00,Bel juf Sanne gerust op 06-12345678 of mail sanne.devries@gmail.com,https://example.org/2
            """);

        var run = await RunAsync(["import", "csv", file, "--account", "regenboog-facebook", .. Location(database)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 toegevoegd", run.Out, StringComparison.Ordinal);
        Assert.Contains("Bevindingen per richtlijn, categorie en jaar", run.Out, StringComparison.Ordinal);
        var records = await ImportedAsync(database);
        var flagged = Assert.Single(records, r => r.Check.Findings.Count > 0);
        Assert.Contains(Protocolwacht.Checks.CategoryNames.Of(flagged.Check.Findings[0].Category), run.Out, StringComparison.Ordinal);
        Assert.Contains("2024", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task MalformedExport_IsRefusedNamingFileAndLine_AndNothingIsWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new TemporaryFolder("pw-history-");
        // Two good rows before the bad one: a half-import would have written them.
        var file = files.File("kapot.csv", """
            date,text,url
            2024-05-01 10:00,Eerste bericht over de sportdag,https://example.org/1
            2024-05-02 10:00,Tweede bericht over de schoolreis,https://example.org/2
            geen-datum,Derde bericht,https://example.org/3
            """);

        var run = await RunAsync(["import", "csv", file, "--account", "regenboog-x", .. Location(database)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'kapot.csv' is geweigerd; er is niets geïmporteerd", run.Error, StringComparison.Ordinal);
        Assert.Contains("kapot.csv, regel 4", run.Error, StringComparison.Ordinal);
        Assert.Empty(await ImportedAsync(database));

        // The same rows without the bad line do import: the refusal was the file, not the database.
        File.WriteAllText(file, string.Join('\n', File.ReadAllLines(file)[..3]));
        Assert.Equal(0, (await RunAsync(["import", "csv", file, "--account", "regenboog-x", .. Location(database)])).ExitCode);
        Assert.Equal(2, (await ImportedAsync(database)).Count);
    }

    [Fact]
    public async Task MalformedJson_IsRefusedWithTheJsonPath()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var files = new TemporaryFolder("pw-history-");
        var file = files.File("tweets.js", """
            window.YTD.tweets.part0 = [
              { "tweet" : { "id_str" : "1", "created_at" : "Sun Mar 31 07:45:00 +0000 2024", "full_text" : "Goed" } },
              { "tweet" : { "id_str" : "2", "created_at" : "geen datum", "full_text" : "Fout" } }
            ]
            """);

        var run = await RunAsync(["import", "x", file, "--account", "regenboog-x", .. Location(database)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tweets.js, regel 3", run.Error, StringComparison.Ordinal);
        Assert.Contains("[1].tweet.created_at", run.Error, StringComparison.Ordinal);
        Assert.Empty(await ImportedAsync(database));
    }

    [Fact]
    public async Task UnknownAccount_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await RunAsync(["import", "x", Sample("tweets.js"), "--account", "bestaat-niet", .. Location(database)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'bestaat-niet' bestaat niet", run.Error, StringComparison.Ordinal);
        Assert.Empty(await ImportedAsync(database));
    }

    [Theory]
    [InlineData("x", "tweets.js", "sintjozef-x")]
    [InlineData("mastodon", "outbox.json", "sintjozef-mastodon")]
    [InlineData("facebook", "facebook_posts_1.json", "kompas-facebook")]
    [InlineData("linkedin", "Shares.csv", "konot-linkedin")]
    [InlineData("instagram", "posts_1.json", "kompas-instagram")]
    [InlineData("csv", "posts.csv", "konot-x")]
    public async Task EveryFormat_Imports_AndTheArchiveVerifies(string format, string sample, string account)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await RunAsync(["import", format, Sample(sample), "--account", account, .. Location(database)]);

        Assert.True(run.ExitCode == 0, run.Error);
        var records = await ImportedAsync(database);
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(format, r.Format));
        Assert.Equal(0, (await RunAsync(["archive", "verify", .. Location(database)])).ExitCode);
    }

    private static async Task<List<ImportedRecord>> ImportedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var contents = await db.ArchiveRecords.Where(r => r.Type == ArchiveRecordTypes.Imported)
            .Join(db.ArchiveContents, r => r.Sequence, c => c.Sequence, (r, c) => c.Content).ToListAsync();
        return [.. contents.Select(ArchiveJson.Read<ImportedRecord>)];
    }
}
