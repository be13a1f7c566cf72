using Protocolwacht.Checks.Guidelines;
namespace Protocolwacht.Checks.Rules;

/// <summary>
/// DONT2/BG5: swearing and vulgar language, also disguised. The folding and tokenizing already undo
/// leetspeak, homoglyphs, separators, stretched letters and masks, so matching here is a lexicon lookup;
/// the lexicon's context exceptions keep the disease ("kanker" beside KWF or onderzoek) out, and a name
/// after a preposition of place (<see cref="PlaceName"/>) is a town, and a disease someone has (<see cref="IllnessHad"/>) the illness.
/// </summary>
internal sealed class ProfanityRule(CheckResources resources) : ICheckRule
{
    public string Category => Categories.Profanity;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.DONT2, Protocol.BG5];

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        var lastToken = -1;
        var reported = 0;
        // The post's sentences, built at the first match that needs them and kept for the others (built per match until perf26).
        List<Harmful.Sentence>? sentences = null;
        foreach (var match in context.Matches(resources.Profanity))
        {
            if (match.First <= lastToken || context.IsMention(match.First) || PlaceName.IsPlaceName(context, match.First, match.Last) || IllnessHad.Is(context, match.First, match.Last))
            {
                continue;
            }

            // A title without quotation marks ("het nummer Klotezooi van …", an item of a programme) names a work, as a quoted one does.
            if (InTitle(context, sentences ??= Harmful.Sentence.All(context), match.Last))
            {
                continue;
            }

            // Twenty-ninth pass (hate25): words someone else said, quoted and condemned ("Een leerling kreeg te horen 'rot op
            // naar je eigen land'. Wij tolereren dat nooit."), are reported, not the author's language.
            if (QuotedAndCondemned(context, sentences, match.First))
            {
                continue;
            }

            // Ten spans are enough to show the author what to change.
            if (reported++ == 10)
            {
                break;
            }

            lastToken = match.Last;
            var (start, end) = context.SpanOf(match);
            findings.Add(new Finding(Categories.Profanity, Severity.Block, Protocol.DONT2.Id, start, end,
                $"Je gebruikt schuttingtaal (\"{context.Quote(start, end)}\"). Haal dit woord weg of kies een nette formulering: geen schuttingtaal ({Protocol.DONT2.Title}); obsceniteit is niet geoorloofd ({Protocol.BG5.Title})."));
        }
    }

    private static bool QuotedAndCondemned(CheckContext context, List<Harmful.Sentence> sentences, int k)
    {
        if (QuoteSpans.Holding(context.QuoteSpans, context.Tokens[k].Start) < 0)
        {
            return false;
        }

        return Harmful.CounterSpeech.Around(context, sentences, Harmful.Sentence.IndexOf(sentences, k));
    }

    private static bool InTitle(CheckContext context, List<Harmful.Sentence> sentences, int k)
    {
        foreach (var s in sentences)
        {
            if (s.First <= k && k <= s.Last)
            {
                return Harmful.UnquotedTitle.Contains(context, s, k);
            }
        }

        return false;
    }
}
