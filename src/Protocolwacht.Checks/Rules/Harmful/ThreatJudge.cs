namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Threats and calls for violence without a classic threat word: the author (first person) with an
/// intention and a verb of violence aimed at someone ("ik ga hem opwachten"), a violent outcome promised
/// on a condition ("als ik hem zie, kan hij een ambulance bellen"), or someone who "deserves" or "should
/// get" a beating. Stories and plays (class fiction) are not threats.
/// </summary>
internal static class ThreatJudge
{
    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        foreach (var s in sentences)
        {
            if (s.Has(c, Words.Fiction))
            {
                continue;
            }

            var someone = s.Has(c, Words.SecondPerson | Words.ThirdPerson | Words.Target);
            for (var k = s.First; k <= s.Last; k++)
            {
                // "de schop", "een klap": after an article the word is a noun, not what someone will do.
                var noun = k > s.First && context.Tokens[k - 1].Key is "de" or "het" or "een";
                if ((c[k] & Words.HarmVerb) != 0 && !noun && someone && !s.NegatedAt(context, k, 4) && (s.Has(c, Words.FirstPerson) || s.Has(c, Words.Intention)))
                {
                    return (s.First, k);
                }

                // "die inspecteur moet maar eens goed oppassen", "kijk maar uit": a warning aimed at someone.
                if (context.Tokens[k].Key is "oppassen" or "uitkijken" or "opletten" or "kijk" or "pas" && someone && Warned(context, s, k))
                {
                    return (s.First, k);
                }

                if ((c[k] & Words.HarmOutcome) != 0 && someone && !s.NegatedAt(context, k, 4) && (Conditional(context, s) || s.Has(c, Words.Intention)))
                {
                    return (s.First, k);
                }
            }
        }

        return null;
    }

    // "maar (eens goed) oppassen", "pas maar op", "kijk maar uit": "maar" near the warning, and not care for oneself.
    private static bool Warned(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var maar = false;
        for (var j = Math.Max(s.First, k - 4); j <= Math.Min(s.Last, k + 2); j++)
        {
            maar |= t[j].Key == "maar";
        }

        var particle = t[k].Key is "oppassen" or "uitkijken" or "opletten" || (k + 2 <= s.Last && t[k + 2].Key is "op" or "uit") || (k + 1 <= s.Last && t[k + 1].Key is "op" or "uit");
        for (var j = s.First; j <= s.Last; j++)
        {
            if (t[j].Key is "jezelf" or "zichzelf" or "elkaar" or "oversteken" or "verkeer" or "auto's" or "fiets" or "fietsen")
            {
                return false;
            }
        }

        return maar && particle;
    }

    private static bool Conditional(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "als" or "wie" or "volgende" or "straks" or "anders")
            {
                return true;
            }
        }

        return false;
    }
}
