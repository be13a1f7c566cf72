using System.Text.RegularExpressions;
using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Checks.Rules;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.ProtocolDocument;

namespace Protocolwacht.Checks.Tests;

public partial class GuidelineTests
{
    [Fact]
    public void Protocol_HasEveryIdOfTheSpec()
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
        var finding = new Finding("personal-data", Severity.Block, Protocol.BG5.Id, null, null, "x");

        Assert.Contains("De privacy van anderen wordt gerespecteerd", finding.GuidelineText, StringComparison.Ordinal);
        Assert.Equal("Bedenk dat..., punt 5", finding.GuidelineTitle);
        Assert.Equal("Don'ts, punt 3", Protocol.DONT3.Title);
        Assert.Equal("Richtlijn 6", Protocol.R6.Title);
    }

    [Fact]
    public void Load_AnotherVersionOfTheDocument_ChangesTheCitation()
    {
        var konot = ProtocolDocument.Konot;
        var donts = konot.Sections.Single(s => s.Id == "donts");
        var reordered = konot with
        {
            Sections = [.. konot.Sections.Select(s => s.Id == "donts" ? s with { Parts = [.. donts.Parts.Reverse()] } : s)],
        };

        Assert.Equal("Don'ts, punt 7", Protocol.Load(reordered)["DONT3"].Title);
    }

    [Fact]
    public void EveryFindingOfTheCorpora_IsOfItsRulesCategoryAndCitesAGuidelineTheRuleEnforces()
    {
        var rules = RuleRegistry.CreateAll(new CheckResources(OrganisationModel.Demo, new CheckOptions()));
        var enforced = rules.ToDictionary(r => r.Category, r => r.Enforces.Select(g => g.Id).ToHashSet(StringComparer.Ordinal));
        foreach (var path in new[] { Corpus.CorpusRun.Shared("dev.jsonl"), Corpus.CorpusRun.Shared("dev2.jsonl") })
        {
            foreach (var line in File.ReadLines(path))
            {
                var request = Protocolwacht.Checks.Batch.BatchFormat.ParseLine(line, 1).Request!;
                foreach (var f in TestChecker.Instance.Check(request).Findings)
                {
                    Assert.True(Categories.IsKnown(f.Category), f.Category);
                    Assert.Contains(f.Guideline, enforced[f.Category]);
                    Assert.False(string.IsNullOrWhiteSpace(f.Message));
                }
            }
        }
    }

    /// <summary>The README's table "Where the code enforces the protocol" names, for each rule, the parts it enforces.</summary>
    [Fact]
    public void ReadmeTable_NamesTheGuidelinesEveryRuleDeclares()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var rules = RuleRegistry.CreateAll(new CheckResources(OrganisationModel.Demo, new CheckOptions()));
        foreach (var rule in rules)
        {
            var name = rule.GetType().Name + ".cs";
            var row = readme.FirstOrDefault(l => l.StartsWith('|') && l.Contains(name, StringComparison.Ordinal));
            Assert.True(row is not null, $"README names no row for {name}");
            var cited = GuidelineIds().Matches(row!.Split('|')[1]).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var g in rule.Enforces)
            {
                Assert.True(cited.Contains(g.Id), $"README row for {name} lacks {g.Id}: {row}");
            }
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Protocolwacht.slnx")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    [GeneratedRegex(@"\b(?:R\d+|DO\d|DONT\d|BG\d|ACCOUNT)\b")]
    private static partial Regex GuidelineIds();
}
