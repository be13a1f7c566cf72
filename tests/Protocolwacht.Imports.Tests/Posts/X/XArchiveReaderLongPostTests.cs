using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.Posts.X;

namespace Protocolwacht.Imports.Tests.Posts.X;

/// <summary>
/// Long posts (issue #13): <c>tweets.js</c> holds the first 280 characters and a t.co link, <c>note-tweet.js</c> the
/// whole text without naming the tweet. Samples/x-long is an archive of four tweets (two long posts and a short tweet
/// in the same second, one long post with a link, an entity and emoji) and four notes (one whose tweet is gone).
/// </summary>
public class XArchiveReaderLongPostTests
{
    private const string SchoolpleinText = "Wat een week op De Regenboog! 🌈 Groep 8 & groep 7 hebben samen met de ouderraad het schoolplein opgeknapt: nieuwe moestuinbakken, een bankje onder de kastanje en een muur vol tekeningen. Meer foto's en het verslag van de ouderraad lees je op https://www.regenboog-esveld.nl/nieuws/schoolplein — dank aan iedereen die een zaterdag kwam helpen, met schep, koffie of gewoon een goed humeur. Volgende week planten we de eerste bollen, en in het voorjaar hopen we de eerste radijsjes van eigen grond te oogsten. #schoolplein #samen";

    private static ImportResult<ImportedPost> Read(string tweets, string? notes)
    {
        var options = new PostReaderOptions("tweets.js")
        {
            OwnHandle = "@RegenboogEsveld",
            NoteTweets = notes is null ? null : new ExportPart("note-tweet.js", Samples.FromText(notes)),
        };
        return XArchiveReader.Read(Samples.FromText(tweets), options).Collect();
    }

    private static ImportResult<ImportedPost> ReadSample(bool withNotes = true) =>
        Read(File.ReadAllText(SamplePath("tweets.js")), withNotes ? File.ReadAllText(SamplePath("note-tweet.js")) : null);

    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", "x-long", name);

    [Fact]
    public void Read_LongPostWithoutNoteFile_KeepsTheCutText()
    {
        var post = ReadSample(withNotes: false).Values[0];

        Assert.NotEqual(SchoolpleinText, post.Text);
        Assert.EndsWith("https://twitter.com/i/web/status/1791000000000000101", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LongPost_GetsTheNotesFullTextWithLinksExpandedEntitiesDecodedAndEmoji()
    {
        var result = ReadSample();

        Assert.Empty(result.Issues);
        var post = result.Values[0];
        Assert.Equal("1791000000000000101", post.PlatformId);
        Assert.Equal(SchoolpleinText, post.Text);
        Assert.Contains("Groep 8 & groep 7", post.Text, StringComparison.Ordinal);
        Assert.Contains("🌈", post.Text, StringComparison.Ordinal);
        Assert.Equal("https://x.com/RegenboogEsveld/status/1791000000000000101", post.Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 17, 9, 12, 44, TimeSpan.Zero), post.CreatedAt);
    }

    [Fact]
    public void Read_TwoLongPostsInTheSameSecond_EachGetsItsOwnNote_AndAShortTweetBesideThemKeepsItsText()
    {
        var posts = ReadSample().Values;

        Assert.Equal("Belangrijk voor alle ouders van groep 3 tot en met 8: de schoolreis naar het openluchtmuseum gaat op dinsdag 4 juni door, ook als het regent. De bus vertrekt om 8.15 uur vanaf de Schoolstraat; wees er dus om 8.00 uur. Geef je kind een lunchpakket, een flesje water en regenkleding mee. Medicijnen graag in een zakje met naam bij de leerkracht afgeven. We zijn rond 16.30 uur terug. Vragen? Bel de administratie.", posts[1].Text);
        Assert.Equal("Belangrijk voor de ouders van groep 1 en 2: de kleuters gaan op woensdag 5 juni naar de kinderboerderij. We lopen samen vanaf school en zijn voor de lunch weer terug. Graag laarzen en een extra setje kleding in een tas met naam. Wie wil er meelopen als begeleider? Geef het door aan de juf of meester van je kind, dan maken we de groepjes. Alvast bedankt voor jullie hulp, we hebben er zin in! 🐐🐑", posts[2].Text);
        Assert.Equal("Kort bericht in dezelfde seconde: de gymles van groep 5 is vandaag in de zaal.", posts[3].Text);
    }

    [Fact]
    public void Read_NoteWithoutItsTweet_ComesLastAsAPostOfItsOwn()
    {
        var posts = ReadSample().Values;

        Assert.Equal(5, posts.Count);
        var note = posts[4];
        Assert.Equal("note-1767000000000000904", note.PlatformId);
        Assert.Equal("Dit lange bericht hoort bij geen enkele tweet in het archief: de tweet is verwijderd voordat het archief werd gemaakt. Het bericht ging over de open dag van zaterdag 9 maart, met rondleidingen door leerlingen uit groep 8, een proefles Engels en koffie met taart in de aula. Iedereen was welkom, ook buren en oud-leerlingen van De Regenboog, om te zien hoe de school er na de verbouwing uitziet.", note.Text);
        Assert.Equal(new DateTimeOffset(2024, 3, 8, 15, 0, 0, TimeSpan.Zero), note.CreatedAt);
        Assert.Null(note.Url);
        Assert.Equal(ImportedPostKind.Original, note.Kind);
    }

    [Fact]
    public void Read_TwoNotesFitTheSameCutText_NeitherIsGuessed()
    {
        const string tweets = """
            window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "11", "created_at" : "Mon May 20 07:30:05 +0000 2024",
              "full_text" : "Beste ouders, de schoolreis… https://t.co/Meer11", "entities" : { "urls" : [ ] } } } ]
            """;
        const string notes = """
            window.YTD.note_tweet.part0 = [
              { "noteTweet" : { "noteTweetId" : "91", "createdAt" : "2024-05-20T07:30:05.000Z", "core" : { "text" : "Beste ouders, de schoolreis gaat door." } } },
              { "noteTweet" : { "noteTweetId" : "92", "createdAt" : "2024-05-20T07:30:05.000Z", "core" : { "text" : "Beste ouders, de schoolreis is verzet." } } }
            ]
            """;

        var posts = Read(tweets, notes).Values;

        Assert.Equal("Beste ouders, de schoolreis… https://t.co/Meer11", Assert.Single(posts).Text);
    }

    [Fact]
    public void Read_NoteOfAnotherSecond_IsNotPaired()
    {
        const string tweets = """
            window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "12", "created_at" : "Mon May 20 07:30:05 +0000 2024",
              "full_text" : "Beste ouders, de schoolreis… https://t.co/Meer12" } } ]
            """;
        const string notes = """
            window.YTD.note_tweet.part0 = [
              { "noteTweet" : { "noteTweetId" : "93", "createdAt" : "2024-05-20T07:30:06.000Z", "core" : { "text" : "Beste ouders, de schoolreis gaat door." } } }
            ]
            """;

        var posts = Read(tweets, notes).Values;

        Assert.Equal(2, posts.Count);
        Assert.Equal("Beste ouders, de schoolreis… https://t.co/Meer12", posts[0].Text);
        Assert.Equal("note-93", posts[1].PlatformId);
    }

    [Fact]
    public void Read_MalformedNote_RefusesTheArchiveWithTheNoteFilesLineAndJsonPath()
    {
        const string notes = """
            window.YTD.note_tweet.part0 = [
              { "noteTweet" : { "noteTweetId" : "91", "createdAt" : "2024-05-20T07:30:05.000Z", "core" : { "text" : "Goed." } } },
              { "noteTweet" : { "noteTweetId" : "92", "createdAt" : "20-05-2024", "core" : { "text" : "Fout." } } }
            ]
            """;

        var result = Read(File.ReadAllText(SamplePath("tweets.js")), notes);

        Assert.Empty(result.Values);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("note-tweet.js, regel 3 ([1].noteTweet.createdAt): Onbekende datum '20-05-2024': X schrijft bijvoorbeeld '2024-05-17T09:12:44.000Z'.", issue.ToString());
    }

    [Fact]
    public void Read_NoteWithoutText_IsRefusedNamingTheField()
    {
        const string notes = """
            window.YTD.note_tweet.part0 = [ { "noteTweet" : { "noteTweetId" : "94", "createdAt" : "2024-05-20T07:30:05.000Z", "core" : { "urls" : [ ] } } } ]
            """;

        var issue = Assert.Single(Read(File.ReadAllText(SamplePath("tweets.js")), notes).Issues);

        Assert.Equal("[0].noteTweet.core.text", issue.Path);
        Assert.Equal("note-tweet.js", issue.File);
    }

    [Fact]
    public void Read_BrokenNoteFile_IsRefused()
    {
        var result = Read(File.ReadAllText(SamplePath("tweets.js")), "window.YTD.note_tweet.part0 = [ { \"noteTweet\" : { ");

        Assert.Empty(result.Values);
        Assert.Equal("note-tweet.js", Assert.Single(result.Issues).File);
    }
}
