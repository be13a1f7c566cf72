using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using static Protocolwacht.Cli.Tests.History.HistoryCli;

namespace Protocolwacht.Cli.Tests.History;

/// <summary>
/// <c>protocolwacht import x</c> with X's <c>note-tweet.js</c> (issue #13): long posts are archived and checked with
/// their whole text, a re-import adds nothing, and a malformed note file refuses the archive without a trace.
/// </summary>
public sealed class ImportLongPostsCommandTests
{
    private const string LongPostId = "1791000000000000101";

    [Theory]
    [AllDatabases]
    public async Task ImportX_NoteTweetsBesideTweets_ArchiveLongPostsWhole_ReimportAddsNothing_AndArchiveVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await RunAsync(["import", "x", Sample("x-long/tweets.js"), "--account", "regenboog-x", .. Location(database)]);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("note-tweet.js", first.Out, StringComparison.Ordinal);
        Assert.Contains("5 bericht(en) gelezen, 5 toegevoegd", first.Out, StringComparison.Ordinal);
        var records = await ImportedAsync(database);
        var longPost = Assert.Single(records, r => r.PlatformId == LongPostId);
        Assert.EndsWith("van eigen grond te oogsten. #schoolplein #samen", longPost.Text, StringComparison.Ordinal);
        Assert.Contains(records, r => r.PlatformId == "note-1767000000000000904" && r.Url is null);

        var again = await RunAsync(["import", "x", Sample("x-long/tweets.js"), "--account", "regenboog-x", .. Location(database)]);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("5 bericht(en) gelezen, 0 toegevoegd", again.Out, StringComparison.Ordinal);
        Assert.Equal(5, (await ImportedAsync(database)).Count);
        Assert.Equal(0, (await RunAsync(["archive", "verify", .. Location(database)])).ExitCode);
    }

    [Fact]
    public async Task ImportX_MalformedNoteFile_IsRefusedWithItsJsonPath_AndNothingIsWritten()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var files = new TemporaryFolder("pw-history-");
        var notes = files.File("note-tweet.js", """
            window.YTD.note_tweet.part0 = [
              { "noteTweet" : { "noteTweetId" : "91", "createdAt" : "2024-05-20T07:30:05.000Z", "core" : { "text" : "Goed." } } },
              { "noteTweet" : { "noteTweetId" : "92", "createdAt" : "2024-05-20T07:30:05.000Z", "core" : { "text" : [ "Fout." ] } } }
            ]
            """);

        var run = await RunAsync(["import", "x", Sample("x-long/tweets.js"), "--notes", notes, "--account", "regenboog-x", .. Location(database)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'tweets.js' is geweigerd; er is niets geïmporteerd", run.Error, StringComparison.Ordinal);
        Assert.Contains("note-tweet.js, regel 3 ([1].noteTweet.core.text)", run.Error, StringComparison.Ordinal);
        Assert.Empty(await ImportedAsync(database));

        // The same archive with its own, sound note file imports: the refusal was the note file.
        Assert.Equal(0, (await RunAsync(["import", "x", Sample("x-long/tweets.js"), "--account", "regenboog-x", .. Location(database)])).ExitCode);
        Assert.Equal(5, (await ImportedAsync(database)).Count);
    }

    [Fact]
    public async Task ImportX_NamedNoteFileMissing_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await RunAsync(["import", "x", Sample("tweets.js"), "--notes", "/geen/note-tweet.js", "--account", "regenboog-x", .. Location(database)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bestaat niet; er is niets geïmporteerd", run.Error, StringComparison.Ordinal);
        Assert.Empty(await ImportedAsync(database));
    }

    private static async Task<List<ImportedRecord>> ImportedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var contents = await db.ArchiveRecords.Where(r => r.Type == ArchiveRecordTypes.Imported)
            .Join(db.ArchiveContents, r => r.Sequence, c => c.Sequence, (r, c) => c.Content).ToListAsync();
        return [.. contents.Select(ArchiveJson.Read<ImportedRecord>)];
    }
}
