using Protocolwacht.Checks.Guidelines;

namespace Protocolwacht.Checks.Tests;

public class GuidelineTests
{
    [Fact]
    public void Catalog_HasEveryIdOfTheSpec()
    {
        var expected = Enumerable.Range(1, 10).Select(i => $"R{i}")
            .Concat(Enumerable.Range(1, 8).Select(i => $"DO{i}"))
            .Concat(Enumerable.Range(1, 9).Select(i => $"DONT{i}"))
            .Concat(Enumerable.Range(1, 7).Select(i => $"BG{i}"))
            .Append("ACCOUNT");

        Assert.Equal(expected.Order(), GuidelineCatalog.Ids.Order());
    }

    [Fact]
    public void Finding_GuidelineText_IsTheProtocolText()
    {
        var finding = new Finding("personal-data", Severity.Block, "BG5", null, null, "x");

        Assert.Contains("De privacy van anderen wordt gerespecteerd", finding.GuidelineText, StringComparison.Ordinal);
        Assert.Equal("Bedenk dat..., punt 5", finding.GuidelineTitle);
    }

    [Fact]
    public void EveryFindingOfTheDevCorpus_CitesAKnownGuideline()
    {
        var ids = GuidelineCatalog.Ids.ToHashSet();
        foreach (var line in File.ReadLines(Corpus.DevCorpusTests.CorpusPath()))
        {
            var request = Protocolwacht.Checks.Batch.BatchFormat.ParseLine(line, 1).Request!;
            foreach (var f in TestChecker.Instance.Check(request).Findings)
            {
                Assert.Contains(f.Guideline, ids);
                Assert.False(string.IsNullOrWhiteSpace(f.Message));
            }
        }
    }
}
