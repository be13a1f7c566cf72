using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.Posts.X;

namespace Protocolwacht.Imports.Tests.Posts.X;

public class XArchiveReaderTests
{
    private static ImportResult<ImportedPost> ReadSample(string? ownHandle = "@RegenboogEsveld") =>
        XArchiveReader.Read(Samples.Open("tweets.js"), new PostReaderOptions("tweets.js") { OwnHandle = ownHandle }).Collect();

    [Fact]
    public void Read_Archive_GivesEveryTweetWithoutIssues()
    {
        var result = ReadSample();

        Assert.Empty(result.Issues);
        Assert.Equal(["1775000000000000001", "1775000000000000002", "1775000000000000003", "1775000000000000004", "1775000000000000005"],
            result.Values.Select(p => p.PlatformId));
    }

    [Fact]
    public void Read_Tweet_ExpandsTcoLinksDecodesEntitiesAndKeepsEmoji()
    {
        var tweet = ReadSample().Values[0];

        Assert.Equal("Wat een mooie dag! Groep 8 & groep 7 op de #sportdag 🏃‍♀️☀️ Lees meer: https://www.regenboog-esveld.nl/nieuws/sportdag", tweet.Text);
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 7, 45, 0, TimeSpan.Zero), tweet.CreatedAt);
        Assert.Equal(TimeSpan.Zero, tweet.CreatedAt.Offset);
        Assert.Equal("https://x.com/RegenboogEsveld/status/1775000000000000001", tweet.Url);
        Assert.Equal(ImportedPostKind.Original, tweet.Kind);
    }

    [Fact]
    public void Read_RetweetReplyAndThreadPart_AreTold()
    {
        var posts = ReadSample().Values;

        Assert.Equal(ImportedPostKind.Repost, posts[1].Kind);
        Assert.Equal("RT @GemeenteEsveld: De speeltuin aan de Schoolstraat is weer open <3", posts[1].Text);
        Assert.Equal(ImportedPostKind.Reply, posts[2].Kind);
        Assert.Equal("1774999999999999999", posts[2].ParentId);
        Assert.Equal(ImportedPostKind.ThreadPart, posts[3].Kind);
        Assert.Equal("1775000000000000001", posts[3].ParentId);
    }

    [Fact]
    public void Read_WithoutOwnHandle_ASelfReplyIsAReply()
    {
        var posts = ReadSample(ownHandle: null).Values;

        Assert.Equal(ImportedPostKind.Reply, posts[3].Kind);
        Assert.Equal("https://x.com/i/web/status/1775000000000000004", posts[3].Url);
    }

    [Fact]
    public void Read_Media_ListsFilesWithAltTextAndRemovesTheMediaLink()
    {
        var post = ReadSample().Values[3];

        Assert.Equal("En de kunstwerken van groep 3 hangen in de aula (2/2)", post.Text);
        Assert.Collection(post.Media,
            photo =>
            {
                Assert.Equal(ImportedMediaType.Image, photo.Type);
                Assert.Equal("tweets_media/1775000000000000004-GKabc123.jpg", photo.FileName);
                Assert.Equal("https://pbs.twimg.com/media/GKabc123.jpg", photo.Url);
                Assert.Equal("Tekening van een regenboog boven het schoolplein", photo.AltText);
            },
            video => Assert.Equal(ImportedMediaType.Video, video.Type));
    }

    [Fact]
    public void Read_EmptyTweet_IsEmpty()
    {
        var post = ReadSample().Values[4];

        Assert.True(post.IsEmpty);
        Assert.False(ReadSample().Values[0].IsEmpty);
    }

    [Fact]
    public void Read_DeletedTweetsFile_MarksThemDeleted()
    {
        const string deleted = """
            window.YTD.deleted_tweets.part0 = [ { "tweet" : { "id_str" : "1", "created_at" : "Wed Oct 10 20:19:24 +0000 2018",
              "full_text" : "Verkeerde datum, sorry!", "deleted_at" : "Wed Oct 10 20:25:00 +0000 2018" } } ]
            """;

        var post = Assert.Single(XArchiveReader.Read(Samples.FromText(deleted), new PostReaderOptions("deleted-tweets.js")).Collect().Values);

        Assert.True(post.IsDeleted);
    }

    [Fact]
    public void Read_BadDate_NamesTheJsonPathAndLine()
    {
        const string text = "window.YTD.tweets.part0 = [\n { \"tweet\" : { \"id_str\" : \"1\", \"created_at\" : \"31-03-2024\" } }\n]";

        var issue = Assert.Single(XArchiveReader.Read(Samples.FromText(text), new PostReaderOptions("tweets.js")).Collect().Issues);

        Assert.Equal(2, issue.Line);
        Assert.Equal("[0].tweet.created_at", issue.Path);
        Assert.Contains("Onbekende datum '31-03-2024'", issue.Message, StringComparison.Ordinal);
        Assert.StartsWith("tweets.js, regel 2 ([0].tweet.created_at): ", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileWithoutAssignment_SaysWhatItShouldStartWith()
    {
        var issue = Assert.Single(XArchiveReader.Read(Samples.FromText("var x = 1;"), new PostReaderOptions("tweets.js")).Collect().Issues);

        Assert.Contains("window.YTD.tweets.part0 = [", issue.Message, StringComparison.Ordinal);
    }
}
