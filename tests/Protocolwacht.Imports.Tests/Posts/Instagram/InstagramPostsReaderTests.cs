using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.Posts.Instagram;

namespace Protocolwacht.Imports.Tests.Posts.Instagram;

public class InstagramPostsReaderTests
{
    private static ImportResult<ImportedPost> ReadSample() =>
        InstagramPostsReader.Read(Samples.Open("posts_1.json"), new PostReaderOptions("posts_1.json")).Collect();

    [Fact]
    public void Read_SinglePhoto_TakesTheCaptionFromTheMedia()
    {
        var result = ReadSample();

        Assert.Empty(result.Issues);
        Assert.Equal("Kunstproject groep 5: zelfportretten à la Karel Appel 🎨", result.Values[0].Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1711870200), result.Values[0].CreatedAt);
    }

    [Fact]
    public void Read_Carousel_TakesCaptionAndTimeFromThePostAndListsEveryMedia()
    {
        var carousel = ReadSample().Values[1];

        Assert.Equal("Herfstwandeling 🍂 met de kleuters: eikels, kastanjes en één egel!", carousel.Text);
        Assert.Equal([ImportedMediaType.Image, ImportedMediaType.Video], carousel.Media.Select(m => m.Type));
        Assert.StartsWith("media/posts/202410/", carousel.Media[0].FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PhotoWithoutCaption_HasEmptyTextButIsNotEmpty()
    {
        var post = ReadSample().Values[2];

        Assert.Equal(string.Empty, post.Text);
        Assert.False(post.IsEmpty);
    }

    [Fact]
    public void Read_PostWithoutMedia_SaysMediaIsMissing()
    {
        var issue = Assert.Single(InstagramPostsReader.Read(Samples.FromText("""[{"title":"x","creation_timestamp":1711870200}]"""), new PostReaderOptions("posts_1.json")).Collect().Issues);

        Assert.Equal("[0].media", issue.Path);
    }
}
