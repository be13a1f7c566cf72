using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.Posts.Mastodon;

namespace Protocolwacht.Imports.Tests.Posts.Mastodon;

public class MastodonOutboxReaderTests
{
    private static ImportResult<ImportedPost> ReadSample() =>
        MastodonOutboxReader.Read(Samples.Open("outbox.json"), new PostReaderOptions("outbox.json")).Collect();

    [Fact]
    public void Read_Outbox_GivesCreatesAndBoosts()
    {
        var result = ReadSample();

        Assert.Empty(result.Issues);
        Assert.Equal(6, result.Values.Count);
        Assert.All(result.Values, p => Assert.Equal(ImportPlatform.Mastodon, p.Platform));
    }

    [Fact]
    public void Read_HtmlContent_BecomesParagraphsWithEntitiesDecoded()
    {
        var post = ReadSample().Values[0];

        Assert.Equal("Morgen gaat de zomertijd in: zet de klok een uur vooruit & kom op tijd! 🕐\n\nTot maandag,\nteam De Regenboog", post.Text);
        Assert.Equal("110000000000000001", post.PlatformId);
        Assert.Equal(new DateTimeOffset(2024, 3, 30, 23, 30, 0, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal("https://mastodon.example/@regenboog/110000000000000001", post.Url);
    }

    [Fact]
    public void Read_Link_KeepsTheWholeAddressAndTheAttachmentsAltText()
    {
        var post = ReadSample().Values[1];

        Assert.Equal("Het schoolplein is opgeknapt. Bekijk het https://www.regenboog-esveld.nl/plein", post.Text);
        var image = Assert.Single(post.Media);
        Assert.Equal(ImportedMediaType.Image, image.Type);
        Assert.Equal("media_attachments/files/110/000/000/000/000/001/original/plein.jpg", image.FileName);
        Assert.Equal("Nieuw schoolplein met groene speelheuvel", image.AltText);
    }

    [Fact]
    public void Read_ReplyToOwnPost_IsAThreadPartAndToOthersAReply()
    {
        var posts = ReadSample().Values;

        Assert.Equal(ImportedPostKind.ThreadPart, posts[2].Kind);
        Assert.Equal("110000000000000002", posts[2].ParentId);
        Assert.Equal(ImportedPostKind.Reply, posts[3].Kind);
        Assert.Equal("https://other.example/users/ouder/statuses/999", posts[3].ParentId);
        Assert.Equal("@ouder Bedankt voor het compliment!", posts[3].Text);
    }

    [Fact]
    public void Read_Announce_IsARepostOfTheBoostedUri()
    {
        var boost = ReadSample().Values[4];

        Assert.Equal(ImportedPostKind.Repost, boost.Kind);
        Assert.Equal("110000000000000005", boost.PlatformId);
        Assert.Equal("https://konot.example/users/konot/statuses/55", boost.SharedUrl);
        Assert.Equal(string.Empty, boost.Text);
    }

    [Fact]
    public void Read_ContentWarning_ComesFirstInTheText()
    {
        Assert.Equal("Nieuwsbrief\n\nNieuwsbrief oktober staat klaar.", ReadSample().Values[5].Text);
    }

    [Fact]
    public void Read_WrongType_NamesTheJsonPath()
    {
        const string outbox = """{"type":"OrderedCollection","orderedItems":[{"type":"Create","object":{"id":"https://m.example/users/a/statuses/1","published":{"t":12},"content":"<p>x</p>"}}]}""";

        var issues = MastodonOutboxReader.Read(Samples.FromText(outbox), new PostReaderOptions("outbox.json")).Collect().Issues;

        var issue = Assert.Single(issues);
        Assert.Equal("orderedItems[0].object.published", issue.Path);
        Assert.Contains("moet tekst zijn, maar is een object", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithoutOrderedItems_SaysTheFieldIsMissing()
    {
        var issue = Assert.Single(MastodonOutboxReader.Read(Samples.FromText("""{"type":"OrderedCollection","totalItems":0}"""), new PostReaderOptions("outbox.json")).Collect().Issues);

        Assert.Contains("'orderedItems' ontbreekt", issue.Message, StringComparison.Ordinal);
    }
}
