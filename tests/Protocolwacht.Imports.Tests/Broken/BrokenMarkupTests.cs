using System.Text;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.School;
using static Protocolwacht.Imports.Tests.Broken.BrokenFiles;

namespace Protocolwacht.Imports.Tests.Broken;

/// <summary>
/// An EDEX.XML that is not well-formed XML, or a platform export that is not valid JSON: one Dutch issue with line and
/// column that says what kind of fault it is, without the parser's English words.
/// </summary>
public class BrokenMarkupTests
{
    private static readonly EdexmlReader Edexml = new(new FakeTimeProvider(new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("<EDEX>\n<leerlingen><leerling key=\"1\"><achternaam>Kok&nbsp;</achternaam></leerling></leerlingen></EDEX>", 2, "Onbekende entiteit '&nbsp;'")]
    [InlineData("<!DOCTYPE EDEX [<!ENTITY x \"y\">]><EDEX/>", 1, "bevat een DTD")] // the parser gives no position: line 1
    [InlineData("<EDEX>\n<leerlingen><leerling key=\"1\"><achternaam>Kok", 2, "houdt midden in de XML op")]
    [InlineData("<EDEX>\n<school><brincode>12AB</brin></school></EDEX>", 2, "niet (of met een andere naam) gesloten")]
    [InlineData("<?xml version=\"1.0\" encoding=\"klingon\"?><EDEX/>", 1, "tekencodering die niet bekend is")]
    [InlineData("<EDEX/>\n<EDEX/>", 2, "meer dan één hoofdelement")]
    [InlineData("", 1, "leeg of bevat geen XML")]
    [InlineData("leerlingnummer;naam", 1, "geen geldige XML")]
    public void Edexml_NotWellFormed_OneDutchIssueWithItsLine(string xml, int line, string expected)
    {
        var result = Edexml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "EDEX.XML").Collect();

        Assert.Empty(result.Values);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("EDEX.XML", (int?)line), (issue.File, issue.Line));
        Assert.Contains(expected, issue.Message, StringComparison.Ordinal);
        AssertDutch(issue);
    }

    [Fact]
    public void Edexml_Windows1252Declared_ReadsTheAccents()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><EDEX><leerlingen><leerling key=\"7\"><achternaam>Kok</achternaam><roepnaam>Zoë</roepnaam></leerling></leerlingen></EDEX>";

        var result = Edexml.Read(new MemoryStream(Protocolwacht.Imports.Text.TextFileDecoder.Windows1252.GetBytes(xml)), "EDEX.XML").Collect();

        Assert.Empty(result.Issues);
        Assert.Equal("Zoë", Assert.Single(result.Values).FirstName);
    }

    [Theory]
    [InlineData("{\"orderedItems\": [ {\"type\": \"Create\",, } ] }", "onverwacht teken ','")]
    [InlineData("{\"orderedItems\": [ {\"type\": \"Create\" \"id\": 1} ] }", "na een waarde, hier hoort een komma")]
    [InlineData("{\"orderedItems\": [ {\"type\": \"Cre\u0001ate\"} ] }", "stuurteken midden in een tekst")]
    [InlineData("{\"orderedItems\": [ {\"type\": \"\\q\"} ] }", "onbekende escape")]
    [InlineData("{\"orderedItems\": [ {\"n\": 01} ] }", "ongeldig getal")]
    [InlineData("{\"orderedItems\": [ {\"n\": nope} ] }", "onbekend woord")]
    public void Mastodon_NotValidJson_OneDutchIssue(string json, string expected)
    {
        var result = PostExportReader.Read(ImportPlatform.Mastodon, new MemoryStream(Encoding.UTF8.GetBytes(json)), new PostReaderOptions("outbox.json")).Collect();

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("outbox.json", (int?)1), (issue.File, issue.Line));
        Assert.NotNull(issue.Column);
        Assert.Contains(expected, issue.Message, StringComparison.Ordinal);
        AssertDutch(issue);
    }

    [Fact]
    public void X_ArchiveCutInsideAPost_SaysTheFileEndsTooSoon()
    {
        const string cut = "window.YTD.tweets.part0 = [\n  { \"tweet\": { \"id_str\": \"1\",";

        var result = PostExportReader.Read(ImportPlatform.X, new MemoryStream(Encoding.UTF8.GetBytes(cut)), new PostReaderOptions("tweets.js")).Collect();

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("tweets.js", (int?)2), (issue.File, issue.Line));
        Assert.Equal("Het bestand houdt onverwacht op: het is afgekapt of niet helemaal gedownload.", issue.Message);
    }

    [Fact]
    public void CsvPosts_EmptyFile_IsRefusedAsEmpty()
    {
        // An empty upload used to read as "no posts" and an import of nothing, which looks like success.
        var result = PostExportReader.Read(ImportPlatform.Csv, new MemoryStream([]), new PostReaderOptions("posts.csv")).Collect();

        Assert.False(result.IsClean);
        Assert.Equal("Het bestand is leeg.", Assert.Single(result.Issues).Message);
    }

    [Fact]
    public void LinkedIn_ImageUploadedInstead_SaysItIsNoTextFile()
    {
        byte[] png = [0x89, .. "PNG\r\n\u001a\n"u8, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 1, 0];

        var result = PostExportReader.Read(ImportPlatform.LinkedIn, new MemoryStream(png), new PostReaderOptions("Shares.csv")).Collect();

        Assert.Contains("geen CSV-tekstbestand", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }
}
