using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Rules.Harmful;

// Seventeenth pass: person nouns of contempt no class lists, read from their form with the dictionary and the polarity
// lexicon ("een lomperik", "een viezerik", "een lafaard", "een leeghoofd"); the copula across modal particles ("die
// moeder is me toch een …"); and the author calling themself names ("ik ben zelf ook een sloddervos"), which insults no one.
internal static partial class InsultJudge
{
    // Suffixes that make a person of an adjective: lomp → lomperik, eng → engerd, laf → lafaard (morphemes, not words).
    private static readonly string[] PersonSuffix = ["erik", "erd", "aard"];

    /// <summary>A noun after "een" whose form makes it a person of contempt: a negative adjective (polarity ≤ −0.4) with a
    /// person suffix, or a compound of a negative adjective and a <c>contempt-head</c> ("leeghoofd", "domkop").</summary>
    private static bool ContemptByForm(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        var key = context.Tokens[k].Key;
        if ((c[k] & (Words.Target | Words.Positive | Words.Negative)) != 0 || !AfterArticle(context, s, k) || key.Length < 6)
        {
            return false;
        }

        foreach (var suffix in PersonSuffix)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && NegativeStem(key[..^suffix.Length]))
            {
                return true;
            }
        }

        // The compound reader carries only a few classes to a compound, so the head is looked up here. Most words after
        // "een" end in no contempt head at all; the dictionary split (substrings at every position) runs only when one does.
        if (!EndsInContemptHead(key))
        {
            return false;
        }

        var parts = CompoundWords.PartsOf(key);
        return HasPart(parts, key, head: true) && HasPart(parts, key, head: false);
    }

    // A proper part that ends the word and is a contempt head, or starts it and is negative. A loop: lambdas capturing the
    // key made a closure on every call of ContemptByForm, before its first test.
    private static bool HasPart(IReadOnlyList<string> parts, string key, bool head)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            if (p.Length < key.Length && (head
                ? key.EndsWith(p, StringComparison.Ordinal) && (WordClasses.Default.Of(p) & Words.ContemptHead) != 0
                : key.StartsWith(p, StringComparison.Ordinal) && Negative(p)))
            {
                return true;
            }
        }

        return false;
    }

    // A proper suffix of the word (at least one letter before it) that is a contempt head in one of its forms; what any
    // split of the compound into dictionary parts needs, looked up without allocating.
    private static bool EndsInContemptHead(string key)
    {
        for (var start = 1; start < key.Length; start++)
        {
            if ((WordClasses.Default.Of(key.AsSpan(start)) & Words.ContemptHead) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "een lomperik", "een ouwe lomperik": "een" right before, or before one adjective.
    private static bool AfterArticle(CheckContext context, Sentence s, int k) =>
        (k - 1 >= s.First && context.Tokens[k - 1].Key == "een") || (k - 2 >= s.First && context.Tokens[k - 2].Key == "een");

    // The stem as the adjective is written: a doubled consonant undoubled (stomm → stom), z → s and v → f (viez → vies).
    private static bool NegativeStem(string stem)
    {
        if (stem.Length < 2)
        {
            return false;
        }

        if (Negative(stem))
        {
            return true;
        }

        var last = stem[^1];
        if (stem.Length >= 3 && stem[^2] == last && Negative(stem[..^1]))
        {
            return true;
        }

        return last switch
        {
            'z' => Negative(stem[..^1] + "s"),
            'v' => Negative(stem[..^1] + "f"),
            _ => false,
        };
    }

    private static bool Negative(string word) => (WordClasses.Default.Of(word) & Words.Negative) != 0;

    // "is me toch een slons", "is echt gewoon een ouwe feeks": the copula before modal particles, "een" and at most one
    // adjective; not negated ("is toch geen slons").
    private static int? CopulaAcrossParticles(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var j = k - 1;
        var adjective = true;
        while (j >= s.First && j >= k - 7)
        {
            if (t[j].Key == "een" || (c[j] & Words.ModalParticle) != 0)
            {
                j--;
            }
            else if (adjective && (c[j] & Words.Copula) == 0 && (c[j] & Words.Negation) == 0 && (c[j] & Words.Target) == 0)
            {
                adjective = false;
                j--;
            }
            else
            {
                break;
            }
        }

        return j >= s.First && k - j > 3 && (c[j] & Words.Copula) != 0 && t[j].Key != "het" && Subject(context, s, j) && !context.ClauseBreakBetween(j, k)
            ? j
            : null;
    }

    /// <summary>"Ik ben zelf ook een sloddervos", "ben ik nou een kluns?": the author names themself, which insults no one;
    /// so do "noem mij maar een aansteller", "mijn dochter noemt me een zeurpiet" (the author called it) and "de zeurpiet van
    /// de week: dat ben ik" (twentieth pass).</summary>
    public static bool SaidOfSelf(CheckContext context, int k)
    {
        var t = context.Tokens;
        var sentence = t[k].Sentence;
        for (var j = k - 1; j >= 0 && j >= k - 6 && t[j].Sentence == sentence; j--)
        {
            if (t[j].Key is "ben" or "was" && ((j >= 1 && t[j - 1].Key == "ik") || (j + 1 < k && t[j + 1].Key == "ik")))
            {
                return true;
            }

            if (t[j].Key is "noem" or "noemt" or "noemen" or "noemde" or "noemden" && j + 1 < k && t[j + 1].Key is "mij" or "me")
            {
                return true;
            }
        }

        for (var j = k + 1; j + 2 < t.Count && j <= k + 6 && t[j + 2].Sentence == sentence; j++)
        {
            if (t[j].Key is "dat" or "die" && t[j + 1].Key == "ben" && t[j + 2].Key == "ik")
            {
                return true;
            }
        }

        return false;
    }
}
