using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// A reply that takes up the parent's or pupil's own word to deny it: "Niemand is vergeten" to "de juf heeft mijn zoon
/// vergeten", "Die is wel aangekondigd" to "jullie hebben de excursie niet aangekondigd". Contradicting the claim in
/// public is a correction (convention 11), whatever the words; a question of when or where answered with its own word
/// ("Wanneer is de ouderavond?" - "De ouderavond is op dinsdag") denies nothing.
/// </summary>
internal static class EchoDenial
{
    public static (int First, int Last)? Find(CheckContext context)
    {
        var incoming = context.Request.ReplyTo?.Text;
        if (string.IsNullOrWhiteSpace(incoming))
        {
            return null;
        }

        var theirs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(NormalisedText.Create(incoming)))
        {
            if (token.Key.Length >= 6 && token.Has(TokenFlags.Letters))
            {
                theirs.Add(token.Key);
            }
        }

        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if (!theirs.Contains(t[k].Key))
            {
                continue;
            }

            for (var j = Math.Max(0, k - 3); j <= Math.Min(t.Count - 1, k + 3); j++)
            {
                if (t[j].Sentence == t[k].Sentence && t[j].Key is "niemand" or "nooit" or "niks" or "niets" or "wel" or "juist" && !Thanks(context, j))
                {
                    return (Math.Min(j, k), Math.Max(j, k));
                }
            }
        }

        return null;
    }

    // "dank u wel", "dank je wel": the thanks, not a contrast.
    private static bool Thanks(CheckContext context, int j) =>
        context.Tokens[j].Key == "wel" && j > 0 && context.Tokens[j - 1].Key is "u" or "je" or "jullie";
}
