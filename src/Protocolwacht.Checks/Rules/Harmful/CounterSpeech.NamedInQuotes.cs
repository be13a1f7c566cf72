namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-fifth pass (hate21): a group named with a quoted word by someone else is reported: "man opgepakt die joden
// 'ongedierte' noemde", "de buurman die Turken 'tuig' schold kreeg een boete". Read: a verb of naming (noemen, schelden)
// after the group, at most eight words on, a quoted word between them, and no first person from just before the group up
// to the verb; the author naming the group ("ik noemde ze 'ratten'", "die X noem ik 'tuig'") says it. Bounded, so a long
// sentence without ends stays linear.
internal static partial class CounterSpeech
{
    private static bool NamedInQuotes(CheckContext context, Sentence s, int group, int verb)
    {
        var t = context.Tokens;
        var key = t[verb].Key;
        if (verb - group < 2 || verb - group > 8 || (context.Classes[verb] & Words.ClaimVerb) == 0
            || !(key.StartsWith("noem", StringComparison.Ordinal) || key.StartsWith("genoemd", StringComparison.Ordinal)
                || key.StartsWith("schel", StringComparison.Ordinal) || key.StartsWith("schold", StringComparison.Ordinal)))
        {
            return false;
        }

        var quoted = false;
        for (var k = group + 1; k < verb; k++)
        {
            quoted |= InQuotes(context, k);
        }

        for (var f = Math.Max(s.First, group - 3); f <= verb && quoted; f++)
        {
            if ((context.Classes[f] & Words.FirstPerson) != 0)
            {
                return false;
            }
        }

        return quoted;
    }

    private static bool InQuotes(CheckContext context, int k)
    {
        var spans = context.QuoteSpans;
        var q = QuoteSpans.FirstClosingAfter(spans, context.Tokens[k].End - 1);
        return q < spans.Count && spans[q].Open < context.Tokens[k].Start;
    }
}
