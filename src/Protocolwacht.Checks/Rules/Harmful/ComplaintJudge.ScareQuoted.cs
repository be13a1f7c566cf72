namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-eighth pass (school24): a practice of the organisation put in scare quotes (convention 7, doubt): "We zijn weer
// eens 'gepeild'.", "De 'inspraak' over het nieuwe rooster bestond uit een mail met het besluit erin." On a personal
// account, one quoted word that is either what was done to us (a participle after a form of zijn or worden, with "we",
// "wij" or "ons" before it) or a noun right after "de", "het", "ons" or "onze" in a sentence naming the organisation or
// its leaders, or after one that does. A quoted name of two words ("noemen de zitzakken 'de wolken'"), a word after a
// colon or "wat" ("wat 'fotosynthese' betekent") and praise outside the quote are not a sneer.
internal static partial class ComplaintJudge
{
    private static (int, int)? ScareQuoted(CheckContext context, List<Sentence> sentences)
    {
        var spans = context.QuoteSpans;
        if (!context.IsPersonal || spans.Count == 0)
        {
            return null;
        }

        var t = context.Tokens;
        var c = context.Classes;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            for (var k = s.First + 1; k <= s.Last; k++)
            {
                var held = QuoteSpans.Holding(spans, t[k].Start);
                if (held < 0 || QuoteSpans.Holding(spans, t[k - 1].Start) == held || (k < s.Last && QuoteSpans.Holding(spans, t[k + 1].Start) == held))
                {
                    continue;
                }

                var byBoard = Determined(context, s, k, out var weak)
                    && (s.Has(c, Sender) || (!weak && si > 0 && sentences[si - 1].Has(c, Sender)));
                if ((byBoard || DoneToUs(context, s, k)) && !PleasedOutsideQuotes(context, s))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // Right after "de", "het", "ons" or "onze", or after "nieuwe" that follows one (thirty-first pass, school27: "Onze nieuwe
    // 'flexibele' werkplekken op het bestuursbureau: twaalf collega's, acht bureaus."): what the thing is called, not a
    // word of the sentence quoted for itself. Thirty-second pass (school28): "die" and "een" determine it too ("Die
    // 'innovatie' van het MT", "Een 'vernieuwd' rooster …"), but only with the organisation in the same sentence
    // (<paramref name="weak"/>): "Op vrijdag doen we een 'foutenjacht'" after a sentence about the school names a game.
    private static bool Determined(CheckContext context, Sentence s, int k, out bool weak)
    {
        var t = context.Tokens;
        var j = t[k - 1].Key is "nieuwe" or "nieuw" && k - 2 >= s.First ? k - 2 : k - 1;
        weak = t[j].Key is "die" or "een";
        if (t[j].Key == "een" && !Sneered(context, s, k))
        {
            return false;
        }

        return weak || t[j].Key is "de" or "het" or "ons" or "onze";
    }

    // Review fix (fixchecks5b): "een" needs a sneer of its own, or "Het bestuur start een 'leesoffensief': elke dag een
    // kwartier voorlezen." doubts the name of a plan: a repeat or a so-called ("weer een", "nog een", "zogenaamd"), what the
    // organisation calls it ("noemt het een", "heet tegenwoordig een"), or a quoted attribute before its noun ("een 'vernieuwd' rooster"; a
    // relative clause or a preposition after the quote follows a noun: "een 'denktank' waarin").
    private static bool Sneered(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (k < s.Last && t[k + 1].Has(Normalisation.TokenFlags.Letters) && !Punctuated(context.Text.Folded, t[k].End, t[k + 1].Start)
            && t[k + 1].Key is not ("waarin" or "waarbij" or "waarmee" or "waar" or "die" or "dat" or "met" or "voor" or "van" or "om" or "in" or "op" or "en" or "over"))
        {
            return true;
        }

        for (var i = s.First; i <= s.Last; i++)
        {
            if (t[i].Key is "weer" or "alweer" or "nog" or "zogenaamd" or "zogenaamde" or "zogeheten" or "noemt" or "noemen" or "noemde" or "noemden" or "heet" or "heten" or "tegenwoordig")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Punctuated(string folded, int from, int to)
    {
        for (var i = from; i < to && i < folded.Length; i++)
        {
            if (folded[i] is ':' or ',' or ';' or '.' or '!' or '?' or '(' or ')' or '-')
            {
                return true;
            }
        }

        return false;
    }

    // "we zijn weer eens 'gepeild'", "wij worden 'gehoord'": a participle (ge…d/t) after a copula, with "we/wij/ons" before it.
    private static bool DoneToUs(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var key = t[k].Key;
        if (!key.StartsWith("ge", StringComparison.Ordinal) || key.Length < 5 || !(key.EndsWith('d') || key.EndsWith('t')))
        {
            return false;
        }

        for (var j = k - 1; j >= s.First && j >= k - 5; j--)
        {
            if ((context.Classes[j] & Words.Copula) != 0)
            {
                for (var i = j - 1; i >= s.First && i >= j - 3; i--)
                {
                    if (t[i].Key is "we" or "wij" or "ons")
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }
}
