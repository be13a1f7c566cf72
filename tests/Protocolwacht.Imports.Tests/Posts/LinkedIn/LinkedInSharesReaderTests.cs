using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.Posts.LinkedIn;

namespace Protocolwacht.Imports.Tests.Posts.LinkedIn;

public class LinkedInSharesReaderTests
{
    private static ImportResult<ImportedPost> ReadSample() =>
        LinkedInSharesReader.Read(Samples.Open("Shares.csv"), new PostReaderOptions("Shares.csv")).Collect();

    [Fact]
    public void Read_MultiLineQuotedCommentary_UnwrapsLinkedInsExtraQuotes()
    {
        var result = ReadSample();

        Assert.Empty(result.Issues);
        var share = result.Values[0];
        Assert.Equal("Konot zoekt een \"leerkracht met lef\" voor groep 6!\nReageer vóór 15 april.", share.Text);
        Assert.Equal("urn:li:share:7180000000000000001", share.PlatformId);
        Assert.Equal("https://www.konot.nl/vacatures/groep6", share.SharedUrl);
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 7, 45, 0, TimeSpan.Zero), share.CreatedAt);
    }

    [Fact]
    public void Read_MediaUrlAndReshare_AreRecognised()
    {
        var posts = ReadSample().Values;

        Assert.Equal("Terugblik op de studiedag 📚 met alle 300 medewerkers.", posts[1].Text);
        Assert.Single(posts[1].Media);
        Assert.Equal(ImportedPostKind.Repost, posts[2].Kind);
        Assert.Equal(ImportedPostKind.Original, posts[0].Kind);
    }

    [Fact]
    public void Read_RecordsAfterAMultiLineOne_KeepTheirOwnLineNumbers()
    {
        var lines = LinkedInSharesReader.Read(Samples.Open("Shares.csv"), new PostReaderOptions("Shares.csv")).Select(r => r.Line).ToList();

        Assert.Equal([2, 4, 5], lines);
    }

    [Fact]
    public void Read_BadDate_NamesLineAndColumn()
    {
        const string csv = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n31-03-2024,,\"Hallo\",,,\n";

        var issue = Assert.Single(LinkedInSharesReader.Read(Samples.FromText(csv), new PostReaderOptions("Shares.csv")).Collect().Issues);

        Assert.Equal((2, 1), (issue.Line!.Value, issue.Column!.Value));
    }

    [Fact]
    public void Read_OtherCsv_SaysWhichColumnsAreMissing()
    {
        var issue = Assert.Single(LinkedInSharesReader.Read(Samples.FromText("date,text\n2024-01-01,x\n"), new PostReaderOptions("Shares.csv")).Collect().Issues);

        Assert.Contains("'ShareCommentary'", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("\"a\"\"b\"\"c\"", "a\"b\"c")]
    [InlineData("\"een\"\n\"twee\"", "een\ntwee")]
    public void Unwrap_RemovesOnlyLinkedInsLayer(string raw, string expected) => Assert.Equal(expected, LinkedInSharesReader.Unwrap(raw));
}
