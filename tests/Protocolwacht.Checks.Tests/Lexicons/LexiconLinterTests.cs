using Protocolwacht.Checks.Batch;
using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Tests.Lexicons;

/// <summary>
/// The lexicon linter: every line of every lexicon and word class is checked for what would make it
/// silently wrong: a tag no rule reads, a class that does not exist, a duplicate or contradictory line,
/// a word that can never match (two tokens where the pattern expects one), a list of words that repeats
/// a class, a stale morphology table. It also reports the entries that match exactly one corpus line.
/// </summary>
public class LexiconLinterTests
{
    // The tags each rule reads (see the rules and Lexicons/README.md).
    private static readonly Dictionary<string, string[]> KnownTags = new(StringComparer.Ordinal)
    {
        ["profanity"] = ["swear"],
        ["slang"] = ["chat"],
        ["confidential"] = ["secrecy", "personnel", "staffing", "plans", "finance", "meeting"],
        ["quotes"] = ["verb", "reported", "person", "permission", "famous"],
        ["sources"] = ["claim", "source"],
        ["sensitive"] = ["health", "discipline", "bullied", "grades", "family", "care"],
        ["harmful"] = ["insult", "insult-adj", "threat", "slander", "complaint", "stall", "sarcasm", "target"],
        ["discussion"] = ["argue", "argue-weak", "redirect", "thanks", "rule", "incoming", "incoming-weak", "question", "practical"],
        ["capacity"] = ["disclaimer", "namens", "opinion"],
        ["copyright"] = ["no-permission", "copied-whole", "paywall", "unknown-source"],
        ["topics"] = ["topic"],
    };

    private static LexiconSet Set => LexiconSet.For(null);

    [Fact]
    public void EveryEntry_HasATagItsRuleReads()
    {
        var problems = new List<string>();
        foreach (var lexicon in Set.All)
        {
            Assert.True(KnownTags.ContainsKey(lexicon.Name), $"no rule reads lexicon {lexicon.Name}");
            problems.AddRange(lexicon.Entries.Where(e => !KnownTags[lexicon.Name].Contains(e.Tag)).Select(e => $"{lexicon.Name}: '{e.Source}' has tag '{e.Tag}'"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryClassAnEntryNames_Exists()
    {
        var problems = Set.All.SelectMany(l => l.Entries.SelectMany(e => e.Pattern.Concat(e.Requires).Append(e.Unless).Append(e.UnlessNear).OfType<Term>()
            .SelectMany(t => t.UnknownClasses).Select(c => $"{l.Name}: '{e.Source}' names unknown class @{c}"))).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void NoEntry_IsDuplicatedOrContradicted()
    {
        var problems = new List<string>();
        foreach (var lexicon in Set.All)
        {
            // "incoming", "incoming-weak", "question" and "practical" entries are read in the message replied to, not in the draft:
            // no contradiction with a draft tag.
            foreach (var group in lexicon.Entries.GroupBy(e => (e.Tag is "incoming" or "incoming-weak" or "question" or "practical" ? "incoming:" : string.Empty) + e.Source + "\t" + e.Conditions, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var tags = group.Select(e => e.Tag).Distinct().ToList();
                problems.Add(tags.Count > 1
                    ? $"{lexicon.Name}: '{group.Key}' has contradictory tags {string.Join(", ", tags)}"
                    : $"{lexicon.Name}: '{group.Key}' appears {group.Count()} times");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>A pattern word is matched against one token; a word the tokenizer splits ("z'n", "e-mail") can never match.</summary>
    [Fact]
    public void EveryPatternWord_IsOneToken()
    {
        var problems = new List<string>();
        foreach (var lexicon in Set.All)
        {
            foreach (var entry in lexicon.Entries)
            {
                foreach (var word in entry.Source.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => w.Split('|')))
                {
                    var core = word.Trim('*', '+');
                    if (core.Length == 0 || core[0] is '@' or '~')
                    {
                        continue;
                    }

                    var tokens = Tokenizer.Tokenize(NormalisedText.Create(core));
                    if (tokens.Count != 1)
                    {
                        problems.Add($"{lexicon.Name}: '{word}' in '{entry.Source}' is {tokens.Count} tokens and can never match");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// The unless column holds at most one group next to the match ('=' first) and one for the whole sentence, separated by
    /// ';': a second group of a kind, or '=' inside a group ("niet|=geen"), would be read as something the author did not mean.
    /// </summary>
    [Fact]
    public void EveryUnlessColumn_HasAtMostOneNearAndOneSentenceGroup()
    {
        var problems = new List<string>();
        foreach (var lexicon in Set.All)
        {
            foreach (var entry in lexicon.Entries)
            {
                if (UnlessProblem(entry.Conditions) is { } problem)
                {
                    problems.Add($"{lexicon.Name}: '{entry.Source}': {problem}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("\t=niet|geen;@fiction", null)]
    [InlineData("\t@fiction;=niet", null)]
    [InlineData("\t=niet;=geen", "two groups next to the match")]
    [InlineData("\tniet;geen", "two groups for the sentence")]
    [InlineData("\tniet|=geen", "'=' inside a group")]
    public void UnlessProblem_TellsAWellFormedColumnFromAMalformedOne(string conditions, string? expected) =>
        Assert.Equal(expected, UnlessProblem(conditions));

    [Fact]
    public void AnEntryWithBothGroups_IsCancelledByTheNearWordNextToItAndTheSentenceWordAnywhere()
    {
        var lexicon = new Lexicon("test", 0, [["@negative-attribute ~1 @school-person", "insult-adj", "", "=niet;@fiction"]]);
        bool Matches(string text) => lexicon.FindAll(Tokenizer.Tokenize(NormalisedText.Create(text))).Count > 0;

        Assert.True(Matches("Wat een domme juf, echt waar, ik snap het niet."));
        Assert.False(Matches("Wat een niet domme juf."));
        Assert.False(Matches("In het toneelstuk speelt zij een domme juf."));
    }

    // The conditions column as written: requires, a tab, unless.
    private static string? UnlessProblem(string conditions)
    {
        var tab = conditions.IndexOf('\t');
        if (tab < 0)
        {
            return null;
        }

        var groups = conditions[(tab + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (groups.Any(g => g.IndexOf('=', 1) > 0))
        {
            return "'=' inside a group";
        }

        return groups.Count(g => g.StartsWith('=')) > 1 ? "two groups next to the match"
            : groups.Count(g => !g.StartsWith('=')) > 1 ? "two groups for the sentence"
            : null;
    }

    /// <summary>Three or more words of one class listed by hand should name the class instead.</summary>
    [Fact]
    public void NoWordList_RepeatsAClass()
    {
        var classes = WordClasses.Default;
        var problems = new List<string>();
        foreach (var lexicon in Set.All)
        {
            foreach (var entry in lexicon.Entries)
            {
                foreach (var term in entry.Pattern.Concat(entry.Requires).Append(entry.Unless).Append(entry.UnlessNear).OfType<Term>())
                {
                    if (term.Exact.Count < 3)
                    {
                        continue;
                    }

                    foreach (var name in classes.Names)
                    {
                        var mask = classes.Mask(name);
                        var lemmas = classes.LinesOf(name).Select(l => Term.KeyOf(l.Words[0])).ToHashSet(StringComparer.Ordinal);
                        var inClass = term.Exact.Count(w => lemmas.Contains(w) && (classes.Of(w) & mask) != 0);
                        if (inClass >= 8)
                        {
                            problems.Add($"{lexicon.Name}: '{entry.Source}' lists {inClass} lemmas of class {name}; write @{name}");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void ClassFiles_HaveNoDuplicateLemmas_AndTheMorphologyTableIsCurrent()
    {
        var classes = WordClasses.Default;
        var problems = new List<string>();
        foreach (var name in classes.Names)
        {
            var lines = classes.LinesOf(name);
            problems.AddRange(lines.GroupBy(l => l.Words[0], StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{name}: '{g.Key}' twice"));
            // A lemma the dictionary knows that the generated table has not seen: run tools/Protocolwacht.Morphology.
            problems.AddRange(lines.SelectMany(l => l.Words).Select(w => w.ToLowerInvariant())
                .Where(w => DictionaryWords.Contains(Term.KeyOf(w)) && !Morphology.Knows(w))
                .Select(w => $"{name}: '{w}' is not in Language/Data/forms.tsv; regenerate it"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Entries that match exactly one line of the development corpora smell of tuning to one sentence.
    /// The list goes to the temp folder for review; the guard keeps them a minority of the matching entries.
    /// </summary>
    [Fact]
    public void EntriesMatchingExactlyOneCorpusLine_AreAMinority()
    {
        // Keyed by what an entry says, not by the object: the shared lexicon set is compiled again when a test
        // with an extra folder runs beside this one, and entries of two compilations must count as one.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in new[] { Corpus.CorpusRun.Shared("dev.jsonl"), Corpus.CorpusRun.Shared("dev2.jsonl") })
        {
            foreach (var line in File.ReadLines(path))
            {
                var request = BatchFormat.ParseLine(line, 1).Request!;
                var context = new CheckContext(request, new CheckResources(Domain.Organisation.OrganisationModel.Demo, new CheckOptions()));
                foreach (var entry in Set.All.SelectMany(context.Matches).Select(m => $"{m.Entry.Tag}\t{m.Entry.Source}").Distinct())
                {
                    counts[entry] = counts.GetValueOrDefault(entry) + 1;
                }
            }
        }

        var single = counts.Where(kv => kv.Value == 1).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "protocolwacht-single-line-entries.txt"), single);

        Assert.True(single.Count < counts.Count / 2, $"{single.Count} of {counts.Count} matching entries match one line only:\n{string.Join('\n', single)}");
    }
}
