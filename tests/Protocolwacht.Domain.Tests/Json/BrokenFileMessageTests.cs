using System.Text.Json;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.ProtocolDocument;

namespace Protocolwacht.Domain.Tests.Json;

/// <summary>
/// A broken file handed to one of the domain's JSON readers is refused in Dutch, saying what is wrong and where (line,
/// position and, when the reader knows it, the property), without System.Text.Json's English sentence. Until stop 45 the
/// organisation file and the protocol document put that sentence inside their Dutch message.
/// </summary>
public sealed class BrokenFileMessageTests
{
    private const string CommaTooMany = "{\n  \"board\": { \"id\": \"konot\", \"name\": \"Konot\" },,\n  \"schools\": []\n}";

    [Fact]
    public void OrganisationFile_WithAStrayComma_SaysInDutchWhatAndWhere_WithoutTheParsersEnglish()
    {
        var result = OrganisationFile.Parse(CommaTooMany);

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, 47), (error.Line, error.Position));
        Assert.Equal(
            "Het bestand is geen geldige JSON: onverwacht teken ',', hier hoort een waarde of een naam tussen aanhalingstekens.",
            error.Message);
        // The place said once (until stop 46: "regel 2, $: … De fout zit op regel 2, positie 47."), and no "$" for the whole file.
        Assert.Equal(
            "regel 2, positie 47: Het bestand is geen geldige JSON: onverwacht teken ',', hier hoort een waarde of een naam tussen aanhalingstekens.",
            error.ToString());
        Assert.DoesNotContain(EnglishOf(CommaTooMany), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrganisationFile_ErrorInAPart_NamesTheLineOnce_AndThePart()
    {
        const string json = "{\n  \"board\": { \"id\": \"konot\", \"name\": \"Konot\" },\n  \"schools\": [],\n  \"staff\": [ { \"id\": \"a\", \"name\": \"A\", \"role\": \"koning\" } ]\n}";

        var errors = OrganisationFile.Parse(json).Errors;

        var role = Assert.Single(errors, e => e.Path == "staff[0].role");
        Assert.StartsWith("regel 4, bij 'staff[0].role': ", role.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("regel", role.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProtocolDocument_CutShort_SaysInDutchThatItEndsTooSoon_AndWhere()
    {
        const string json = "{\n  \"title\": \"Social-mediaprotocol\",\n  \"parts\": [";

        var error = Assert.Single(ProtocolDocumentJson.Parse(json).Errors);

        Assert.StartsWith("Het bestand houdt onverwacht op: het is afgekapt of niet helemaal gedownload. De fout zit op regel 3, positie ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(EnglishOf(json), error, StringComparison.Ordinal);
    }

    [Fact]
    public void ProtocolDocument_WithANumberForItsTitle_NamesTheProperty_InDutch()
    {
        const string json = "{\n  \"title\": 42\n}";

        var error = Assert.Single(ProtocolDocumentJson.Parse(json).Errors);

        Assert.Equal(
            "Het bestand is geen geldige JSON voor dit doel: een waarde heeft niet het verwachte soort (tekst, getal, ja/nee, lijst of object). De fout zit op regel 2, positie 14, bij 'title'.",
            error);
        Assert.DoesNotContain("could not be converted", error, StringComparison.Ordinal);
    }

    /// <summary>What System.Text.Json itself says about <paramref name="json"/>: the English the messages above must not carry.</summary>
    private static string EnglishOf(string json)
    {
        var thrown = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }).Dispose());
        var english = thrown.Message.Split(" LineNumber", 2)[0];
        Assert.Matches("[a-z]{4,} [a-z]{2,}", english); // a sentence, so the assertions above can fail
        return english;
    }
}
