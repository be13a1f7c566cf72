using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.Posts.Facebook;

namespace Protocolwacht.Imports.Tests.Posts.Facebook;

public class FacebookPostsReaderTests
{
    private static ImportResult<ImportedPost> ReadSample() =>
        FacebookPostsReader.Read(Samples.Open("facebook_posts_1.json"), new PostReaderOptions("your_posts_1.json")).Collect();

    [Fact]
    public void Read_Export_RepairsTheMojibakeOfTextTitleAndEmoji()
    {
        var result = ReadSample();

        Assert.Empty(result.Issues);
        var post = result.Values[0];
        Assert.Equal("Café-ochtend voor ouders: koffie, thee én taart ☕🎂", post.Text);
        Assert.Equal("Basisschool De Regenboog heeft een foto toegevoegd.", post.Title);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1711870200), post.CreatedAt);
    }

    [Fact]
    public void Read_Attachments_GiveMediaAndTheSharedLink()
    {
        var posts = ReadSample().Values;

        var photo = Assert.Single(posts[0].Media);
        Assert.Equal(ImportedMediaType.Image, photo.Type);
        Assert.Equal("posts/media/TimelinePhotos_k7Gd/430001_n_1001.jpg", photo.FileName);
        Assert.Equal("https://www.konot.nl/nieuws/zomervakantie", posts[1].SharedUrl);
        Assert.Equal("Fijne zomervakantie allemaal! Tot maandag 2 september.\nDe schoolgids voor 2024–2025 staat online.", posts[1].Text);
        Assert.Equal(ImportedMediaType.Video, Assert.Single(posts[3].Media).Type);
        Assert.Equal("Eerste schooldag 🎒 \"Welkom\" aan alle nieuwe leerlingen van groep 1/2!", posts[3].Text);
    }

    [Fact]
    public void Read_UpdateWithoutWords_IsEmpty()
    {
        var posts = ReadSample().Values;

        Assert.True(posts[2].IsEmpty);
        Assert.False(posts[1].IsEmpty);
    }

    [Fact]
    public void Read_SameExportTwice_GivesTheSameIds()
    {
        var first = ReadSample().Values.Select(p => p.PlatformId).ToList();
        var second = ReadSample().Values.Select(p => p.PlatformId).ToList();

        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void Read_NewerExportWrappedInAnObject_FindsTheList()
    {
        const string wrapped = """{ "profile_posts_v2": [ { "timestamp": 1711870200, "data": [ { "post": "Hallo" } ] } ] }""";

        var post = Assert.Single(FacebookPostsReader.Read(Samples.FromText(wrapped), new PostReaderOptions("profile_posts_1.json")).Collect().Values);

        Assert.Equal("Hallo", post.Text);
    }

    [Fact]
    public void Read_TimestampAsText_IsAnIssueOnThatPost()
    {
        const string posts = "[\n{ \"timestamp\": 1711870200 },\n{ \"timestamp\": \"gisteren\" }\n]";

        var result = FacebookPostsReader.Read(Samples.FromText(posts), new PostReaderOptions("posts.json")).Collect();

        Assert.Single(result.Values);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((3, "[1].timestamp"), (issue.Line!.Value, issue.Path));
    }
}
