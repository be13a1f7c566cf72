namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Discriminatory remarks about a protected group: the group (or a pronoun in the next sentence that
/// points back to it) with an evaluation in the same sentence: a slur, a dehumanising noun, a negative
/// attribute, a curse, a call for violence or removal, or a negated positive ("niet welkom", "nooit te
/// vertrouwen"). A negated negative ("zijn geen criminelen"), a sentence that condemns what it quotes
/// (counter-speech) and a word only mentioned in quotes ("het woord 'neger'") are not hate. Questions and
/// opinions are judged by the same words: "Waarom zijn X altijd zo agressief?" is hate too.
/// </summary>
internal static class GroupHateJudge
{
    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var group = s.Find(c, Words.Group | Words.Slur);
            if (group < 0 && si > 0 && sentences[si - 1].Has(c, Words.Group | Words.Slur) && (s.Has(c, Words.ThirdPerson) || !s.Has(c, Words.Target)))
            {
                group = s.First;
            }

            // "In Polen", "naar Turkije", "uit Syrië": a country or origin, not the people.
            if (group > s.First && context.Tokens[group - 1].Key is "in" or "naar" or "uit" && !s.Has(c, Words.Slur))
            {
                group = -1;
            }

            if (group < 0 || CounterSpeech(context, sentences, si))
            {
                continue;
            }

            for (var k = s.First; k <= s.Last; k++)
            {
                var w = c[k];
                if (context.IsMention(k))
                {
                    continue;
                }

                if ((w & Words.Slur) != 0 || ((w & Words.Group) != 0 && (w & Words.Curse) != 0))
                {
                    return (k, k);
                }

                if (k == group && (w & Words.Group) != 0)
                {
                    continue;
                }

                if ((w & (Words.Dehumanising | Words.NegativeAttribute | Words.InsultNoun | Words.Curse | Words.Nuisance)) != 0 && !s.NegatedAt(context, k, 4))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                if ((w & Words.Negative) != 0 && !s.NegatedAt(context, k, 3) && Linked(s, c, group, k))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                if ((w & (Words.Belonging | Words.Positive)) != 0 && s.NegatedAt(context, k, 5) && k > group)
                {
                    return (group, k);
                }

                if ((w & Words.Exclusion) != 0 && (Hostile(context, k) || s.Has(c, Words.Intention)))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                if ((w & Words.HarmVerb) != 0 && !s.NegatedAt(context, k, 3) && s.Has(c, Words.Intention | Words.FirstPerson))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }
            }
        }

        return null;
    }

    // "oprotten", "deporteren", "dood" call for removal by themselves; "weg", "terug" need a modal.
    private static bool Hostile(CheckContext context, int k) => context.Tokens[k].Key is not ("weg" or "uit" or "terug" or "eruit");

    // A negative adjective says something of the group when a copula or "zo"/"echt" stands between them.
    private static bool Linked(Sentence s, ulong[] c, int group, int adjective)
    {
        var (from, to) = group < adjective ? (group, adjective) : (adjective, group);
        return to - from <= 6 && new Sentence(from, to).Has(c, Words.Copula | Words.Comparison);
    }

    private static bool CounterSpeech(CheckContext context, List<Sentence> sentences, int si)
    {
        var c = context.Classes;
        for (var j = Math.Max(0, si - 1); j <= Math.Min(sentences.Count - 1, si + 1); j++)
        {
            var s = sentences[j];
            if (s.Has(c, Words.Condemnation))
            {
                return true;
            }

            // "Het is niet waar dat …", "Dat klopt niet".
            for (var k = s.First; k < s.Last; k++)
            {
                var key = context.Tokens[k + 1].Key;
                if ((c[k] & Words.Negation) != 0 && key is "waar" or "juist" or "correct")
                {
                    return true;
                }

                if (context.Tokens[k].Key == "klopt" && (c[k + 1] & Words.Negation) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
