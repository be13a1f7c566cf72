namespace Protocolwacht.Checks.Rules.Harmful;

// Twentieth pass: a last warning counted out ("nog één keer …", "één woord meer …", "nog één opmerking …") whose "en"
// leads to a consequence for a person or for another's thing that is no verb of harm: it ends up in water or a bin
// ("… en je fiets ligt in het kanaal", "… en je eindigt in de vaart") or is broken ("… en die laptop van jou is kapot").
// What follows "en" decides: "nog één keer slapen en dan is het vakantie" and "één woord meer en je had gewonnen" name no
// such end, and water before the "en" ("nog één rondje door de vaart en …") is a trip.
internal static partial class ThreatJudge
{
    private static bool UltimatumKept(CheckContext context, Sentence s)
    {
        var and = UltimatumAnd(context, s);
        if (and < 0 || s.Has(context.Classes, Words.Gratitude | Words.HelpGiven))
        {
            return false;
        }

        if (AtTheDoorAfterCount(context, s, and))
        {
            return true;
        }

        var c = context.Classes;
        var victim = false;
        for (var k = and + 1; k <= s.Last; k++)
        {
            victim |= Victim(context, k);
            if (victim && (Dumped(context, s, k) || ((c[k] & (Words.Damage | Words.Disruption)) != 0 && !s.NegatedAt(context, k, 3))))
            {
                return true;
            }
        }

        return false;
    }

    // The count and its "en": "nog één/een/1 (keer) …" or "één/1 (verkeerd) woord meer …" followed, within ten words, by "en".
    // Returns the index of "en", or -1.
    private static int UltimatumAnd(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k < s.Last; k++)
        {
            var counted = CountAfterNog(context, s, k) || (t[k].Key is "een" or "1" && MoreWithin(context, s, k));
            if (!counted)
            {
                continue;
            }

            for (var j = k + 2; j <= Math.Min(s.Last - 1, k + 10); j++)
            {
                if (t[j].Key == "en")
                {
                    return j;
                }
            }
        }

        return -1;
    }

    // "nog één/een/1 (keer)", and since the twenty-fourth pass (rules20) the count in digits, with "x" joined or apart or
    // before "keer": "nog 1x", "nog 2x", "nog 1 keertje", "nog 3 keer". The raw key, as "1x" is read as leetspeak.
    private static bool CountAfterNog(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key != "nog" || k + 1 > s.Last)
        {
            return false;
        }

        var written = t[k + 1].RawKey ?? t[k + 1].Key;
        if (written is "een" or "1" or "eenmaal")
        {
            return true;
        }

        if (written.Length is 2 or 3 && written[^1] == 'x' && Digits(written.AsSpan(0, written.Length - 1)))
        {
            return true;
        }

        return written.Length is 1 or 2 && Digits(written) && k + 2 <= s.Last && t[k + 2].Key is "x" or "keer" or "keertje" or "maal";
    }

    private static bool Digits(ReadOnlySpan<char> span)
    {
        foreach (var ch in span)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    // "één woord meer", "één verkeerd woord meer", "één klacht meer": "meer" two or three words after the count.
    private static bool MoreWithin(CheckContext context, Sentence s, int k)
    {
        for (var j = k + 2; j <= Math.Min(s.Last, k + 3); j++)
        {
            if (context.Tokens[j].Key == "meer")
            {
                return true;
            }
        }

        return false;
    }

    // Whose end it is: the addressee or a person ("je", "hij", "die vader") or another's thing ("je fiets", "die kar van jou").
    private static bool Victim(CheckContext context, int k)
    {
        var c = context.Classes;
        return (c[k] & (Words.SecondPerson | Words.Target)) != 0 || context.Tokens[k].Key is "hij" or "zij" || (c[k] & Words.OthersPossessive) != 0
            || context.PersonStartsAt(k);
    }

    // "(ligt/eindigt/belandt) in de sloot", "in het water", "in de prullenbak": a `dump-place` right after "in" (and an article).
    private static bool Dumped(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        return (context.Classes[k] & Words.DumpPlace) != 0
            && ((k - 1 >= s.First && t[k - 1].Key == "in") || (k - 2 >= s.First && t[k - 2].Key == "in" && t[k - 1].Key is "de" or "het"));
    }
}
