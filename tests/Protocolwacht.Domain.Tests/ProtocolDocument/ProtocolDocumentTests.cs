using Protocolwacht.Domain.ProtocolDocument;

namespace Protocolwacht.Domain.Tests.ProtocolDocument;

public sealed class ProtocolDocumentTests
{
    private static readonly string Source = File.ReadAllText(Path.Combine(FindShared(), "protocol", "social-media-protocol-konot.nl.txt"));

    [Fact]
    public void Konot_HasEveryPartTheChecksCite()
    {
        var document = Domain.ProtocolDocument.ProtocolDocument.Konot;

        foreach (var id in ProtocolDocumentJson.RequiredPartIds)
        {
            Assert.NotNull(document.FindPart(id));
        }

        Assert.Equal(["Openheid", "Vertrouwen", "Respect", "Betrokkenheid", "Dynamiek"], document.CoreValues.Select(v => v.PlainText));
    }

    [Fact]
    public void Konot_EveryTextIsTranscribedVerbatimFromTheBoardsDocument()
    {
        var document = Domain.ProtocolDocument.ProtocolDocument.Konot;
        var texts = document.Sections.SelectMany(s => s.Paragraphs.Concat(s.Closing).Append(s.Heading ?? string.Empty))
            .Concat(document.Parts.SelectMany(p => p.Blocks.SelectMany(b => b.Items ?? [b.Text!])));

        foreach (var text in texts.Where(t => t.Length > 0))
        {
            Assert.True(Source.Contains(text, StringComparison.Ordinal), $"Not in the protocol: {text}");
        }

        Assert.Equal("Ga niet in discussie met een leerling of ouder op social media.", document.FindPart("R4")!.PlainText);
        Assert.Equal("Gebruik het logo van Konot niet in je privé profiel.", document.FindPart("DONT9")!.PlainText);
        Assert.StartsWith("Social media soms als gevolg hebben", document.FindPart("BG7")!.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenParse_GivesTheSameDocument()
    {
        var document = Domain.ProtocolDocument.ProtocolDocument.Konot;

        var again = ProtocolDocumentJson.Parse(ProtocolDocumentJson.Write(document)).Document!;

        Assert.Equal(document.Parts.Select(p => (p.Id, p.PlainText, p.IsCoreValue)), again.Parts.Select(p => (p.Id, p.PlainText, p.IsCoreValue)));
        Assert.Equal(document.Sections.Select(s => (s.Id, s.Heading, s.Level)), again.Sections.Select(s => (s.Id, s.Heading, s.Level)));
    }

    [Fact]
    public void Parse_DuplicateOrMissingIds_IsRefusedWithEveryProblem()
    {
        var json = ProtocolDocumentJson.Write(Domain.ProtocolDocument.ProtocolDocument.Konot)
            .Replace("\"id\": \"R4\"", "\"id\": \"R3\"", StringComparison.Ordinal);

        var result = ProtocolDocumentJson.Parse(json);

        Assert.Null(result.Document);
        Assert.Contains(result.Errors, e => e.Contains("'R3'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("Onderdeel R4 ontbreekt", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_KeepsLevelAndCoreValueAsJsonNumberAndTrue()
    {
        var json = ProtocolDocumentJson.Write(Domain.ProtocolDocument.ProtocolDocument.Konot);

        Assert.Contains("\"level\": 3", json, StringComparison.Ordinal);
        Assert.Contains("\"coreValue\": true", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"coreValue\": false", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"level\": 3", "\"level\": \"3\"", "level moet een geheel getal zijn")]
    [InlineData("\"level\": 3", "\"level\": 2.5", "level moet een geheel getal zijn")]
    [InlineData("\"coreValue\": true", "\"coreValue\": \"ja\"", "coreValue moet true of false zijn")]
    [InlineData("\"coreValue\": true", "\"coreValue\": 1", "coreValue moet true of false zijn")]
    public void Parse_LevelOrCoreValueOfTheWrongType_IsRefusedInDutch(string written, string wrong, string error)
    {
        var json = ProtocolDocumentJson.Write(Domain.ProtocolDocument.ProtocolDocument.Konot);
        Assert.Contains(written, json, StringComparison.Ordinal);

        var result = ProtocolDocumentJson.Parse(json.Replace(written, wrong, StringComparison.Ordinal));

        Assert.Null(result.Document);
        Assert.Contains(result.Errors, e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LevelAndCoreValueLeftOutOrNull_AreAMainSectionAndNoCoreValue()
    {
        var json = ProtocolDocumentJson.Write(Domain.ProtocolDocument.ProtocolDocument.Konot)
            .Replace("\"level\": 3", "\"level\": null", StringComparison.Ordinal)
            .Replace("\"coreValue\": true", "\"coreValue\": false", StringComparison.Ordinal);

        var document = ProtocolDocumentJson.Parse(json).Document!;

        Assert.All(document.Sections, s => Assert.Equal(2, s.Level));
        Assert.Empty(document.CoreValues);
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "protocol")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/protocol not found above " + AppContext.BaseDirectory);
    }
}
