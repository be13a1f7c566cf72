namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-seventh pass (rules23): a threat told by a phrase of finding someone and a dismissal by prayer after it, in the
// same or the next sentence: "ik vind je wel, en dan kun je gaan bidden", "we komen hem wel tegen, dan kan hij maar beter
// bidden", "ik weet je te vinden. Bid maar vast.". The finding is a verb of `finding` (vinden, tegenkomen, opsporen; split
// ones joined: "komen … tegen", "spoor … op") with the author in the sentence and someone as its object; the friendly uses
// ("ik vind je wel op het schoolplein", "ik vind je een topper") have no dismissal after them. Praying together ("dan
// kunnen we samen bidden") or for someone ("bidden voor opa") is no dismissal.
internal static partial class ThreatJudge
{
    private static bool FoundThenDismissed(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var c = context.Classes;
        var hasNext = si + 1 < sentences.Count;
        // The cheap question first: no word of prayer in reach, no threat of this kind.
        if (!s.Has(c, Words.Prayer) && !(hasNext && sentences[si + 1].Has(c, Words.Prayer)))
        {
            return false;
        }

        var found = Finding(context, s, reciprocal: false);
        if (found < 0)
        {
            return false;
        }

        return Dismissed(context, s, found + 1) || (hasNext && !sentences[si + 1].Fictional(context) && Dismissed(context, sentences[si + 1], sentences[si + 1].First));
    }

    // Twenty-eighth pass (rules24): meeting someone told as a warning, "we komen elkaar nog wel tegen, en dan ben je niet zo
    // stoer meer", "als ik je ooit tegen het lijf loop, dan weet je het wel", "je loopt me nog wel een keer tegen het lijf.
    // Dan praten we verder zonder publiek.": a phrase of finding in an ominous frame ("ooit", "heus" or "nog" from the
    // sentence's start to three words after the finding; a bare "als" or "zodra" is a plan, "als we elkaar tegenkomen op
    // de studiedag, dan bespreken we het verder"), then "dan" (not after a comparative, "eerder dan") in the same sentence
    // or opening the next, with the one met named after it ("dan lach je niet meer"). "tot dan" is a greeting, and praise
    // in what follows ("dan drinken we gezellig koffie") keeps it friendly.
    private static bool MetThenWarned(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var t = context.Tokens;
        var nextOpensWithThen = si + 1 < sentences.Count && t[sentences[si + 1].First].Key == "dan";
        // The cheap question first: no "dan" and no ominous word, no warning of this kind, and no walk for a finding.
        if (!HasOminousThen(context, s, nextOpensWithThen))
        {
            return false;
        }

        var found = Finding(context, s, reciprocal: true);
        if (found < 0 || !Met(context, s, found) || !Ominous(context, s, found))
        {
            return false;
        }

        for (var p = found + 1; p <= s.Last; p++)
        {
            if (t[p].Key == "dan" && t[p - 1].Key != "tot")
            {
                return !Comparative(context, p - 1) && WarnsTheOneMet(context, s, p, together: false) && !Friendly(context, s, p);
            }
        }

        if (!nextOpensWithThen)
        {
            return false;
        }

        var next = sentences[si + 1];
        return !next.Fictional(context) && WarnsTheOneMet(context, next, next.First, together: true) && !Friendly(context, next, next.First);
    }

    // A "dan" in the sentence (or opening the next) and a word of "some day" in it.
    private static bool HasOminousThen(CheckContext context, Sentence s, bool nextOpensWithThen)
    {
        var t = context.Tokens;
        var then = nextOpensWithThen;
        var ominous = false;
        for (var p = s.First; p <= s.Last; p++)
        {
            then |= t[p].Key == "dan";
            ominous |= t[p].Key is "ooit" or "heus" or "nog";
        }

        return then && ominous;
    }

    // "groter dan", "eerder dan", "meer dan": "dan" after a comparative (the form in -er) compares, it tells no consequence.
    private static bool Comparative(CheckContext context, int k) => context.Tokens[k].Key.EndsWith("er", StringComparison.Ordinal);

    // What follows "dan" is about the one met: "dan lach je niet meer", "dan kan hij wat beleven", not "dan bespreken we het".
    // A sentence of its own that opens with "Dan" after the meeting ("… tegen het lijf. Dan praten we verder.") is the
    // sequel of that meeting, so "we" there are the author and the one met (`together`).
    private static bool WarnsTheOneMet(CheckContext context, Sentence s, int then, bool together)
    {
        var c = context.Classes;
        var t = context.Tokens;
        for (var p = then + 1; p <= s.Last; p++)
        {
            if (((c[p] & (Words.SecondPerson | Words.ThirdPerson)) != 0 && t[p].Key is not ("het" or "dat" or "dit" or "die" or "deze" or "er"))
                || (together && t[p].Key is "we" or "wij"))
            {
                return true;
            }
        }

        return false;
    }

    // Meeting or tracking down, not the "vinden" of an opinion ("als jullie het goed vinden, dan …"): a split verb or the idiom
    // of meeting, "tegenkomen" or "opsporen", or "vinden" after "waar" or "te" ("weet waar ik je kan vinden", "weet je te vinden").
    private static bool Met(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if ((context.Classes[k] & Words.Finding) == 0 || t[k].Key.Contains("tegen", StringComparison.Ordinal) || t[k].Key.StartsWith("op", StringComparison.Ordinal))
        {
            return true;
        }

        for (var m = Math.Max(s.First, k - 5); m < k; m++)
        {
            if (t[m].Key is "waar" or "te")
            {
                return true;
            }
        }

        return false;
    }

    // A word of "some day" from the sentence's start to three words after the finding.
    private static bool Ominous(CheckContext context, Sentence s, int found)
    {
        var t = context.Tokens;
        for (var m = s.First; m <= Math.Min(s.Last, found + 3); m++)
        {
            if (t[m].Key is "ooit" or "heus" or "nog")
            {
                return true;
            }
        }

        return false;
    }

    // Praise or thanks after "dan", not negated ("dan ben je niet zo stoer meer" is no praise).
    private static bool Friendly(CheckContext context, Sentence s, int from)
    {
        var c = context.Classes;
        for (var p = from; p <= s.Last; p++)
        {
            if ((c[p] & (Words.Positive | Words.Gratitude)) != 0 && !s.NegatedAt(context, p, 3))
            {
                return true;
            }
        }

        return false;
    }

    // A verb of finding, not negated, with the author in the sentence and a pronoun or person for the one found near it.
    private static int Finding(CheckContext context, Sentence s, bool reciprocal)
    {
        var c = context.Classes;
        if (!s.Has(c, Words.FirstPerson))
        {
            return -1;
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            // "je loopt me nog wel een keer tegen het lijf": the idiom's one met stands further back.
            var idiom = MetInPerson(context, s, k);
            var finding = (c[k] & Words.Finding) != 0 || SplitFinding(context, s, k) || idiom;
            if (finding && !s.NegatedAt(context, k, 3) && FoundOne(context, s, k, idiom ? 9 : 3, reciprocal))
            {
                return k;
            }
        }

        return -1;
    }

    // "we komen je wel tegen in het dorp", "ik spoor je heus op": a verb whose particle later in its clause (within seven
    // words since the twenty-eighth pass, room for "nog wel een keer" between; a place may follow the particle) joins into
    // a verb of finding. Any word is tried as the particle: "tegen" is a preposition the `particle` class does not hold.
    private static bool SplitFinding(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        var t = context.Tokens;
        if ((c[k] & Words.Particle) != 0)
        {
            return false;
        }

        var scanned = 0;
        for (var p = k + 1; p <= Math.Min(s.Last, k + 7); p++)
        {
            if (context.ClauseBreakWalked(k, p, ref scanned))
            {
                return false;
            }

            if (SplitVerb.Joins(t[p], t[k], Words.Finding))
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-eighth pass (rules24): "iemand tegen het lijf lopen", the idiom of meeting someone by chance.
    private static bool MetInPerson(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        return t[k].Key == "lijf" && k - 2 >= s.First && t[k - 1].Key == "het" && t[k - 2].Key == "tegen";
    }

    // "vind je", "jou vind ik", "komen hem … tegen", "die leraar weet ik te vinden": the one found within three words.
    private static bool FoundOne(CheckContext context, Sentence s, int k, int reach, bool reciprocal)
    {
        var c = context.Classes;
        var t = context.Tokens;
        for (var m = Math.Max(s.First, k - reach); m <= Math.Min(s.Last, k + reach); m++)
        {
            if (m != k && ((c[m] & (Words.SecondPerson | Words.ThirdPerson | Words.Target)) != 0 || context.PersonStartsAt(m))
                && t[m].Key is not ("het" or "dat" or "dit" or "die" or "deze" or "er"))
            {
                return true;
            }

            // Twenty-eighth pass (rules24): the reciprocal, "we komen elkaar nog wel tegen", for a meeting only: "we vinden
            // elkaar wel" before a prayer is no threat of finding.
            if (reciprocal && m != k && t[m].Key == "elkaar")
            {
                return true;
            }
        }

        return false;
    }

    // A word of prayer from token `from` on, said to the one found: not "we/wij/samen/laten" just before it or "we" right
    // after it ("dan bidden we samen"), not "voor" after it ("bidden voor opa").
    private static bool Dismissed(CheckContext context, Sentence s, int from)
    {
        var c = context.Classes;
        var t = context.Tokens;
        for (var p = from; p <= s.Last; p++)
        {
            if ((c[p] & Words.Prayer) == 0 || (p < s.Last && t[p + 1].Key == "voor"))
            {
                continue;
            }

            var together = p < s.Last && t[p + 1].Key is "we" or "wij";
            for (var m = Math.Max(s.First, p - 3); m < p; m++)
            {
                together |= t[m].Key is "we" or "wij" or "samen" or "laten" or "ons";
            }

            if (!together)
            {
                return true;
            }
        }

        return false;
    }
}
