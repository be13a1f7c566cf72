using System.Text;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.History;

/// <summary>
/// The import form with X's <c>note-tweet.js</c> beside <c>tweets.js</c> (issue #13): a long post is archived with its
/// whole text, as <c>protocolwacht import x</c> does; a faulty note file refuses the whole import.
/// </summary>
public sealed partial class HistoryPagesTests
{
    [Theory]
    [AllDatabases]
    public async Task ImportX_WithNoteTweets_ArchivesLongPostsWhole_AndReimportAddsNothing(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var admin = await app.SignInAsync("sanne.deboer");
        var tweets = await File.ReadAllBytesAsync(Sample(Path.Combine("x-long", "tweets.js")));
        var notes = ("note-tweet.js", await File.ReadAllBytesAsync(Sample(Path.Combine("x-long", "note-tweet.js"))));

        // Without the note file the long post keeps its cut text: the words after the cut are nowhere.
        await using (var plainApp = await ProtocolwachtApp.StartAsync(provider))
        {
            using var plainAdmin = await plainApp.SignInAsync("sanne.deboer");
            Assert.Contains("toegevoegd", await UploadAsync(plainAdmin, "regenboog-x", "x", "tweets.js", tweets), StringComparison.Ordinal);
            Assert.Equal("0 resultaten", Total(await GetAsync(plainAdmin, "/search?q=radijsjes")));
        }

        var first = await UploadAsync(admin, "regenboog-x", "x", "tweets.js", tweets, notes);

        Assert.Contains("5 bericht(en) gelezen, 5 toegevoegd", first, StringComparison.Ordinal);
        var found = await GetAsync(admin, "/search?q=radijsjes");
        Assert.Contains("1 resultaat", found, StringComparison.Ordinal);
        Assert.Contains("<mark>radijsjes</mark>", found, StringComparison.Ordinal);

        var again = await UploadAsync(admin, "regenboog-x", "x", "tweets.js", tweets, notes);

        Assert.Contains("5 bericht(en) gelezen, 0 toegevoegd", again, StringComparison.Ordinal);
        Assert.Contains("5 geïmporteerde bericht(en)", await GetAsync(admin, "/history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportX_MalformedNoteFile_IsRefusedWithItsJsonPath_AndNothingImported()
    {
        var app = shared.App;
        using var admin = await app.SignInAsync("sanne.deboer");
        var tweets = await File.ReadAllBytesAsync(Sample(Path.Combine("x-long", "tweets.js")));
        var notes = Encoding.UTF8.GetBytes("""
            window.YTD.note_tweet.part0 = [
              { "noteTweet" : { "noteTweetId" : "91", "createdAt" : "2024-05-20T07:30:05.000Z", "core" : { "text" : "Goed." } } },
              { "noteTweet" : { "noteTweetId" : "92", "createdAt" : "2024-05-20T07:30:05.000Z", "core" : { "text" : [ "Fout." ] } } }
            ]
            """);

        var page = await UploadAsync(admin, "regenboog-x", "x", "tweets.js", tweets, ("note-tweet.js", notes));

        Assert.Contains("'tweets.js' is geweigerd; er is niets geïmporteerd", page, StringComparison.Ordinal);
        Assert.Contains("note-tweet.js, regel 3 ([1].noteTweet.core.text)", page, StringComparison.Ordinal);
        Assert.Contains("0 geïmporteerde bericht(en)", await GetAsync(admin, "/history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoteFileWithAnotherFormat_IsRefused_AndNothingImported()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");

        var page = await UploadAsync(admin, "kompas-instagram", "csv", "kompas.csv", Encoding.UTF8.GetBytes(KompasPosts), ("note-tweet.js", Encoding.UTF8.GetBytes("window.YTD.note_tweet.part0 = []")));

        Assert.Contains("hoort alleen bij een export van X; er is niets geïmporteerd", page, StringComparison.Ordinal);
        Assert.Contains("0 geïmporteerde bericht(en)", await GetAsync(admin, "/history"), StringComparison.Ordinal);
        // The same file without the note file imports: the refusal was the note file.
        Assert.Contains("1 bericht(en) gelezen, 1 toegevoegd", await UploadAsync(admin, "kompas-instagram", "csv", "kompas.csv", Encoding.UTF8.GetBytes(KompasPosts)), StringComparison.Ordinal);
    }
}
