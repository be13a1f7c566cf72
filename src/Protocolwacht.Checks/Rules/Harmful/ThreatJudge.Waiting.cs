namespace Protocolwacht.Checks.Rules.Harmful;

// Eighteenth pass: lying in wait. The author will be at the addressee's place soon ("Vanavond sta ik bij je aan de deur",
// "Binnenkort ben ik bij je op kantoor, en niet om koffie te drinken", "Ik zit vannacht voor je huis te wachten") or waiting
// for them ("Ik sta morgen na school bij het hek op je te wachten"), with no purpose, gift or company that makes it a visit
// ("om de laptops te installeren", "met een taart", "dan rijden we samen"), no praise or thanks, and not asked.
internal static partial class ThreatJudge
{
    private static bool LyingInWait(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        if (!Soon(context, s) || Asked(context, s) || ReportedSpeech.ByOther(context, s.Last)
            || s.Has(c, Words.Positive | Words.Gratitude | Words.Errand | Words.HelpGiven))
        {
            return false;
        }

        for (var k = s.First; k + 1 <= s.Last; k++)
        {
            if (Purposed(context, s))
            {
                return false;
            }

            if ((AtTheirPlace(context, s, k) || WaitingFor(context, s, k)) && s.Has(c, Words.FirstPerson))
            {
                return true;
            }

            // "We staan je vrijdag op te wachten", "mijn neven wachten die scheidsrechter zaterdag wel even op": the author
            // lies in wait for someone, or others do for someone the author points at with "die".
            if (WaitedUpon(context, s, k) is var person && person >= 0 && (s.Has(c, Words.FirstPerson) || Pointed(context, person)))
            {
                return true;
            }
        }

        return false;
    }

    // "bij je aan de deur", "bij jou op je werk", "bij je thuis": with the addressee, at a place of theirs.
    private static bool AtTheirPlace(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        return k + 2 <= s.Last && t[k].Key == "bij" && t[k + 1].Key is "je" or "jou" or "jullie" && !context.ClauseBreakBetween(k, k + 2)
            && ((context.Classes[k + 2] & Words.Particle) != 0 || t[k + 2].Key == "thuis");
    }

    // "op je te wachten", "op hem staan te wachten", "voor je huis te wachten": waiting for the addressee or at their door.
    private static bool WaitingFor(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var waited = t[k].Key == "op" && t[k + 1].Key is "je" or "jou" or "jullie" or "hem" or "haar";
        var atTheirs = t[k].Key == "voor" && (context.Classes[k + 1] & Words.AddresseePossessive) != 0;
        if (!waited && !atTheirs)
        {
            return false;
        }

        for (var j = k + 2; j <= Math.Min(s.Last, k + 4) && !context.ClauseBreakBetween(k, j); j++)
        {
            if (t[j].Key == "wachten")
            {
                return true;
            }
        }

        return false;
    }

    // "opwachten" with its object before it: "je … op te wachten", "wachten die vent … op" (the particle ends the clause or
    // comes before a preposition: "wacht hem op bij de parkeerplaats"), "zal hem opwachten". Returns the object, or -1.
    private static int WaitedUpon(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        int particle;
        if (t[k].Key is "opwachten" or "opwacht" or "opwachtten")
        {
            particle = k;
        }
        else if (t[k].Key == "op" && k + 2 <= s.Last && t[k + 1].Key == "te" && t[k + 2].Key == "wachten")
        {
            particle = k;
        }
        else if (t[k].Key is "wacht" or "wachten" or "wachtte" or "wachtten" && ParticleOp(context, s, k) is var op && op > 0)
        {
            return ObjectBetween(context, k + 1, op);
        }
        else
        {
            return -1;
        }

        return ObjectBetween(context, Math.Max(s.First, particle - 7), particle);
    }

    // "op" ending the clause of "wachten", or followed by a preposition ("op bij de …"), at most ten words on.
    private static int ParticleOp(CheckContext context, Sentence s, int verb)
    {
        var t = context.Tokens;
        for (var p = verb + 1; p <= Math.Min(s.Last, verb + 10) && !context.ClauseBreakBetween(verb, p); p++)
        {
            if (t[p].Key == "op" && (p == s.Last || context.ClauseBreakBetween(p, p + 1) || t[p + 1].Key is "bij" or "na" or "voor" or "aan" or "in" or "om" or "met"))
            {
                return p;
            }

            if (t[p].Key == "op")
            {
                return -1;
            }
        }

        return -1;
    }

    // The one waited for: you, him or her, a person word or a roster person, in [from, to).
    private static int ObjectBetween(CheckContext context, int from, int to)
    {
        var t = context.Tokens;
        for (var j = to - 1; j >= from; j--)
        {
            if (context.ClauseBreakBetween(j, to))
            {
                return -1;
            }

            if (t[j].Key is "je" or "jou" or "jullie" or "hem" or "haar" or "u" || (context.Classes[j] & Words.Target) != 0 || context.PersonStartsAt(j))
            {
                return j;
            }
        }

        return -1;
    }

    // "die scheidsrechter", "die jongen": a person pointed at from a distance.
    private static bool Pointed(CheckContext context, int person) =>
        person - 1 >= 0 && context.Tokens[person - 1].Key is "die" or "dat" && (context.Classes[person] & Words.Target) != 0;

    // "om … te …" (not "niet om …"), "met een/de …", "samen": the visit has a purpose, a gift or company.
    private static bool Purposed(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            if ((t[j].Key == "om" && (j == s.First || t[j - 1].Key != "niet") && InfinitiveAfter(context, s, j)) || t[j].Key == "samen" || ThingFetched(context, s, j)
                || (t[j].Key == "met" && j + 1 <= s.Last && (t[j + 1].Key is "een" or "de" or "het" or "mijn" or "onze" || Brought(context, j + 1))))
            {
                return true;
            }
        }

        return false;
    }

    // "met bloemen", "met taart": a thing brought; not people ("met vrienden", "met z'n allen") nor a weapon.
    private static bool Brought(CheckContext context, int k) =>
        (context.Classes[k] & (Words.Target | Words.Companion | Words.Kin | Words.Weapon | Words.ImprovisedWeapon | Words.FirstPerson | Words.SecondPerson | Words.ThirdPerson)) == 0
        && context.Tokens[k].Key is not ("z" or "zn" or "zijn" or "ons" or "hun") && (context.Classes[k] & Words.Particle) == 0;

    // "voor de sleutels", "voor een nieuwe bril", "voor het pakketje": a thing to fetch or sign; not "niet voor …" and
    // not a place ("voor je deur", "voor het huis": `doorstep`, `home`), nor a person or someone's property.
    private static bool ThingFetched(CheckContext context, Sentence s, int j)
    {
        var t = context.Tokens;
        if (t[j].Key != "voor" || j + 2 > s.Last || (j > s.First && t[j - 1].Key == "niet") || t[j + 1].Key is not ("de" or "het" or "een"))
        {
            return false;
        }

        // Adjectives before the noun ("de nieuwe sleutels") are passed over.
        var noun = j + 2;
        while (noun < s.Last && ((context.Classes[noun] & (Words.Positive | Words.Negative)) != 0 || t[noun].Key is "nieuwe" or "oude" or "andere"))
        {
            noun++;
        }

        return (context.Classes[noun] & (Words.Target | Words.Home | Words.Doorstep | Words.Property)) == 0;
    }

    // "om koffie te drinken" is a purpose; "om acht uur" is a time, which makes the visit no kinder.
    private static bool InfinitiveAfter(CheckContext context, Sentence s, int om)
    {
        var t = context.Tokens;
        for (var m = om + 1; m <= Math.Min(s.Last, om + 6) && !context.ClauseBreakBetween(om, m); m++)
        {
            if (t[m].Key == "te")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Asked(CheckContext context, Sentence s) =>
        context.Text.Folded.AsSpan(context.Tokens[s.Last].End, Math.Min(context.Text.Folded.Length, context.Tokens[s.Last].End + 2) - context.Tokens[s.Last].End).Contains('?');
}
