namespace Protocolwacht.Checks.Rules.Harmful;

// Twentieth pass: two threats told over two sentences. The author knows where or when the addressee (or someone of
// theirs) shops, parks, works or walks the dog, and a warning follows in the same or the next sentence ("Ik weet bij
// welke supermarkt jij boodschappen doet. Kijk maar goed uit.", "… hond loopt, dus kijk maar uit", "… werkt; hij moet
// goed oppassen"); a reason for care (ijzel, regen: `hazard`) or a question back makes it care or a favour. And waiting
// told in the past ("ik stond je gisteren al op te wachten", "wachtte die invaller op") with a repeat promised in the
// same or the next sentence: "volgende keer" with "niet", "anders", "wel" or "er weer" ("volgende keer ben je niet zo snel
// weg", "de volgende keer ben ik er weer"); "volgende keer app ik eerst even" promises a message, no repeat.
// Twenty-second pass: the knowing may also be asked of the addressee ("Weet je waar je auto staat? Let er maar goed op").
internal static partial class ThreatJudge
{
    private static bool KnownThenWarned(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var know = Known(context, s);
        if (know < 0)
        {
            return false;
        }

        var hasNext = si + 1 < sentences.Count;
        var next = hasNext ? sentences[si + 1] : s;
        var c = context.Classes;
        if (s.Has(c, Words.Hazard | Words.Gratitude | Words.HelpGiven | Words.Errand) || (hasNext && next.Has(c, Words.Hazard | Words.Gratitude | Words.HelpGiven)) || s.Fictional(context))
        {
            return false;
        }

        return Warning(context, s, know + 1) || (hasNext && Warning(context, next, next.First));
    }

    // "ik weet/ken … waar/welk(e)/hoe laat/wanneer/het rondje … je/jij/target": the author knows a place or time of someone.
    private static int Known(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var author = s.Has(c, Words.FirstPerson);
        for (var k = s.First; k < s.Last; k++)
        {
            if (t[k].Key is not ("weet" or "weten" or "ken" or "kennen") || s.NegatedAt(context, k, 2) || !(author || AskedWhetherKnown(context, s, k)))
            {
                continue;
            }

            var asked = false;
            for (var j = k + 1; j <= Math.Min(s.Last, k + 10); j++)
            {
                asked |= t[j].Key is "waar" or "welk" or "welke" or "wanneer" or "laat" or "rondje" or "route" or "plek";
                if (asked && ((c[j] & (Words.SecondPerson | Words.Target)) != 0 || context.PersonStartsAt(j)))
                {
                    return k;
                }
            }
        }

        return -1;
    }

    // Twenty-second pass: "Weet je waar je auto vannacht staat?", "Jij weet toch waar …?": the author asks whether the
    // addressee knows where their own thing or person is, which says the author knows it too.
    private static bool AskedWhetherKnown(CheckContext context, Sentence s, int k) =>
        (k + 1 <= s.Last && (context.Classes[k + 1] & Words.SecondPerson) != 0) || (k - 1 >= s.First && (context.Classes[k - 1] & Words.SecondPerson) != 0);

    // "kijk (maar/jij maar) (goed) uit", "pas (maar) op", "moet (goed) oppassen/uitkijken", "wees (maar) voorzichtig", not
    // care about a thing ("pas op met die schaatsen").
    private static bool Warning(CheckContext context, Sentence s, int from)
    {
        var t = context.Tokens;
        for (var k = from; k <= s.Last; k++)
        {
            var warned = CareVerb(t[k]) || t[k].Key == "voorzichtig"
                || (t[k].Key is "kijk" or "pas" or "let" && ParticleNear(context, s, k)) || CareVerbAfterOp(context, s, k);
            if (warned && !Cautioned(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-first pass: "(zou maar) goed op zijn scooter letten", "laat hem op zijn spullen letten", "op z'n tas passen":
    // the infinitive after its "op" and the thing, a warning about someone's things once the author has said he knows where
    // they are.
    private static bool CareVerbAfterOp(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key is not ("letten" or "passen"))
        {
            return false;
        }

        for (var j = k - 1; j >= s.First && j >= k - 4 && !context.ClauseBreakBetween(j, k); j--)
        {
            if (t[j].Key == "op")
            {
                return true;
            }
        }

        return false;
    }

    private static bool ParticleNear(CheckContext context, Sentence s, int k)
    {
        for (var j = k + 1; j <= Math.Min(s.Last, k + 4) && !context.ClauseBreakBetween(k, j); j++)
        {
            // Stop 49 (lead): looking behind or around oneself ("kijk maar goed achterom", "kijk maar goed om je heen") is
            // the same warning once the author has said he knows someone's time or place.
            if (context.Tokens[j].Key is "uit" or "op" or "achterom" || (context.Tokens[j].Key == "om" && j + 2 <= s.Last && context.Tokens[j + 2].Key == "heen"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WaitedBefore(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        if (!WaitedInThePast(context, s))
        {
            return false;
        }

        return Repeated(context, s) || (si + 1 < sentences.Count && Repeated(context, sentences[si + 1]));
    }

    // Waiting for someone (the patterns of `LyingInWait`) with a past form of standing, sitting, waiting or the perfect.
    private static bool WaitedInThePast(CheckContext context, Sentence s)
    {
        // The past form first, and the waiting only in a sentence that has one (perf29): most have none, and reading the
        // waiting patterns at every token of every sentence was 1 % of a batch's processor time.
        var t = context.Tokens;
        var past = false;
        for (var k = s.First; k <= s.Last && !past; k++)
        {
            past = t[k].Key is "stond" or "stonden" or "zat" or "zaten" or "wachtte" or "wachtten" or "heb" or "had" or "hadden" or "opgewacht";
        }

        var waited = false;
        for (var k = s.First; k <= s.Last && past && !waited; k++)
        {
            waited = (k + 1 <= s.Last && WaitingFor(context, s, k)) || WaitedUpon(context, s, k) >= 0;
        }

        return past && waited;
    }

    // "(de) volgende keer" with "niet", "anders", "wel" or "er weer" in the rest of the sentence, and nothing kind.
    private static bool Repeated(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        // Not `positive`: "niet zo snel weg" carries a positive adjective under its negation.
        if (s.Has(context.Classes, Words.Gratitude | Words.HelpGiven))
        {
            return false;
        }

        for (var k = s.First; k < s.Last; k++)
        {
            if (t[k].Key != "volgende" || t[k + 1].Key != "keer")
            {
                continue;
            }

            for (var j = k + 2; j <= s.Last; j++)
            {
                // "weer" only as "er weer" (being there again): "volgende keer loop ik weer mee" is company.
                if (t[j].Key is "niet" or "anders" or "wel" || (t[j].Key == "weer" && t[j - 1].Key == "er"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
