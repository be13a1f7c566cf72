using System.Text.Json;
using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Lexicons;

/// <summary>
/// The lexicon index's test of an entry's second term (see LookAhead) never rules out an entry whose term does match a
/// token in reach, on real posts, and it does rule out most entries that cannot match.
/// </summary>
public class LookAheadTests
{
    private static readonly CheckResources Resources = new(OrganisationModel.Demo, new CheckOptions());

    [Fact]
    public void MayMatch_OnCorpusPosts_NeverRulesOutATermThatMatchesInReach()
    {
        var entries = Resources.Lexicons.SelectMany(l => l.Entries).Where(e => e.Ahead is not null).ToArray();
        var (kept, ruledOut) = (0, 0);
        foreach (var text in CorpusTexts().Take(300))
        {
            var tokens = Tokenizer.Tokenize(NormalisedText.Create(text)).ToArray();
            var classes = Resources.Index.Classify(tokens);
            for (var next = 1; next <= tokens.Length; next++)
            {
                foreach (var entry in entries)
                {
                    var matches = TermMatchesInReach(entry.Ahead!, tokens, classes, next);
                    var may = entry.Ahead!.MayMatch(classes, next);
                    Assert.True(may || !matches, $"{entry.Source} ruled out at token {next} of \"{text}\"");
                    if (!matches)
                    {
                        _ = may ? kept++ : ruledOut++;
                    }
                }
            }
        }

        // The test is only worth its cost when it rules out most entries that cannot match (on these posts about 9 of 10:
        // a key shares a word bit with one of a term's forms about once in 64, more often for gaps and many forms).
        Assert.True(ruledOut > 8 * kept, $"ruled out {ruledOut}, left open {kept}");
    }

    [Fact]
    public void Candidate_OnCorpusPosts_AnswersAsItsEntrysLookAhead()
    {
        // Every entry, with and without a look-ahead: the candidate array's copy of the fields must give the same answer.
        var entries = Resources.Lexicons.SelectMany(l => l.Entries).ToArray();
        var (ruledOut, withoutTest) = (0, 0);
        foreach (var text in CorpusTexts().Take(100))
        {
            var classes = Classes(text);
            for (var next = 1; next <= classes.Length; next++)
            {
                foreach (var entry in entries)
                {
                    var expected = entry.Ahead?.MayMatch(classes, next) ?? true;
                    Assert.Equal(expected, new Candidate(entry).MayMatch(classes, next));
                    ruledOut += expected ? 0 : 1;
                    withoutTest += entry.Ahead is null ? 1 : 0;
                }
            }
        }

        // Both kinds were compared: entries the look-ahead rules out, and entries without one (always open).
        Assert.True(ruledOut > 0 && withoutTest > 0, $"ruled out {ruledOut}, without a test {withoutTest}");
    }

    [Fact]
    public void MayMatch_AfterAGap_LooksAtEveryWordInReachAndNoFurther()
    {
        var ahead = LookAhead.For([Term.Parse("weet"), Term.Parse("~2"), Term.Parse("waar")])!;
        var classes = Classes("ik weet echt heel goed waar");

        Assert.Equal(2, ahead.Reach);
        Assert.False(ahead.MayMatch(classes, 2)); // "echt heel goed": "waar" is one word too far
        Assert.True(ahead.MayMatch(classes, 3)); // "heel goed waar"
    }

    [Fact]
    public void MayMatch_ATokenThatIsNotAPlainWord_IsNeverRuledOutByItsKey()
    {
        var ahead = LookAhead.For([Term.Parse("de"), Term.Parse("helft")])!;

        Assert.False(ahead.MayMatch(Classes("de fiets"), 1));
        Assert.True(ahead.MayMatch(Classes("de h*lft"), 1)); // masked: the matcher compares it letter by letter
    }

    [Fact]
    public void For_ATermWithAPrefixOrATrailingGap_HasNoTest()
    {
        Assert.Null(LookAhead.For([Term.Parse("de"), Term.Parse("kut*")]));
        Assert.Null(LookAhead.For([Term.Parse("de"), Term.Parse("~3")]));
        Assert.Null(LookAhead.For([Term.Parse("de")]));
    }

    private static TokenClasses Classes(string text) =>
        Resources.Index.Classify(Tokenizer.Tokenize(NormalisedText.Create(text)).ToArray());

    // What the matcher would find: the term on one of the tokens from next to next + reach, by any of its keys.
    private static bool TermMatchesInReach(LookAhead ahead, Token[] tokens, TokenClasses classes, int next)
    {
        for (var k = next; k <= Math.Min(next + ahead.Reach, tokens.Length - 1); k++)
        {
            var masked = tokens[k].Has(TokenFlags.Masked);
            if (ahead.Term.Matches(tokens[k].Key, masked, classes[k])
                || (tokens[k].AltKey is { } alt && ahead.Term.Matches(alt, masked))
                || (tokens[k].RawKey is { } raw && ahead.Term.Matches(raw, masked)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> CorpusTexts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty);
}
