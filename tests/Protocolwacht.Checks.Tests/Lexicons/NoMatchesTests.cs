using System.Text.Json;
using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Lexicons;

/// <summary>
/// A check hands the rules one shared empty list for every lexicon without a match (LexiconIndex.NoMatches): it stays
/// empty however many posts are checked, and a lexicon with a match gets a list of its own.
/// </summary>
public class NoMatchesTests
{
    private static readonly CheckResources Resources = new(OrganisationModel.Demo, new CheckOptions());

    [Fact]
    public void FindAll_AtTheFirstMatch_ReplacesTheSharedListInItsSlot()
    {
        var slots = new List<LexiconMatch>?[Resources.Lexicons.Length];
        Array.Fill(slots, LexiconIndex.NoMatches);
        var tokens = Tokenizer.Tokenize(NormalisedText.Create("Dit is strikt vertrouwelijk, onder ons blijven graag.")).ToArray();

        Resources.Index.FindAll(tokens, Resources.Index.Classify(tokens), slots);

        var own = slots[Resources.Confidential.Id]!;
        Assert.NotSame(LexiconIndex.NoMatches, own);
        Assert.NotEmpty(own);
        Assert.Empty(LexiconIndex.NoMatches);
    }

    [Fact]
    public void Check_OverTheCorpus_LeavesTheSharedListEmpty()
    {
        var findings = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "fresh.jsonl")).Where(l => l.Length > 0))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty;
            findings += TestChecker.School(text).Findings.Count;
        }

        Assert.True(findings > 0);
        Assert.Empty(LexiconIndex.NoMatches);
    }
}
