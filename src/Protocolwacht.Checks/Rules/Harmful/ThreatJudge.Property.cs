namespace Protocolwacht.Checks.Rules.Harmful;

// Eighteenth pass: a threat by what will happen to someone's property ("ik steek zijn banden lek", "jouw schutting ligt
// morgen plat als …", "zijn auto staat er straks niet meer", "nog één klacht en ik gooi zijn ruiten in"). Someone else
// owns it (a possessive of another, or "van jou"), it is damaged (`disruption`, `damage`) or gone ("er … niet meer"), and the
// author does it, a condition sets it off or it is near. Told in the past, inside a condition ("als je band lek is"),
// beside help, an errand or a mishap, it is news or a favour.
internal static partial class ThreatJudge
{
    private static bool PropertyDamaged(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        if (PropertyHinted(context, s, k) || PropertyFated(context, s, k))
        {
            return true;
        }

        if ((c[k] & Words.Property) == 0 || !OthersOwn(context, s, k) || Told(context, s) || s.Has(c, Words.Errand | Words.HelpGiven | Words.Gratitude | Words.Mishap))
        {
            return false;
        }

        // Twenty-third pass: "niet lang meer" is near by itself; "let maar op" assures it.
        var damage = Damage(context, s, k);
        return damage >= 0 && !Subordinate(context, s, k, damage)
            && (s.Has(c, Words.FirstPerson) || Conditional(context, s) || Soon(context, s) || Assured(context, s) || context.Tokens[damage].Key == "lang");
    }

    // "zijn (mooie) auto", "jouw schutting", "de lak van je auto"; "mijn fiets", "de bus van de school" are no one else's.
    private static bool OthersOwn(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j >= s.First && j >= k - 3 && !context.ClauseBreakBetween(j, k); j--)
        {
            if ((context.Classes[j] & Words.OthersPossessive) != 0)
            {
                return true;
            }

            if (t[j].Key is "mijn" or "m'n" or "onze" or "ons" or "de" or "het" or "een" or "die" or "deze" or "dat")
            {
                break;
            }
        }

        return k + 2 <= s.Last && t[k + 1].Key == "van" && (t[k + 2].Key is "je" or "jou" or "jouw" or "hem" or "haar" or "hun" or "jullie"
            || (k + 3 <= s.Last && (context.Classes[k + 3] & Words.Target) != 0) || context.PersonStartsAt(k + 2));
    }

    // The damage after the property in its clause: a word of `disruption` or `damage` ("lek", "kapot", "plat"), a particle at the
    // clause's end that joins a verb before it into one ("gooi … in" → "ingooien"), or the thing gone ("staat er … niet meer").
    private static int Damage(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var d = k + 1; d <= Math.Min(s.Last, k + 9) && (!context.ClauseBreakBetween(k, d) || Resumed(context, k, d)); d++)
        {
            if ((c[d] & (Words.Disruption | Words.Damage)) != 0 && !(t[d].Key == "stuk" && t[d - 1].Key == "een"))
            {
                return d;
            }

            // Twenty-third pass: "trap die scooter van hem in elkaar"; "rijdt niet lang meer": soon gone, whatever the verb.
            if ((t[d].Key == "elkaar" && t[d - 1].Key == "in") || SoonNoMore(context, s, d))
            {
                return d;
            }

            if ((c[d] & Words.Particle) != 0 && (d == s.Last || context.ClauseBreakBetween(d, d + 1)) && JoinedBefore(context, s, k, d))
            {
                return d;
            }

            if (t[d].Key == "er" && Gone(context, s, d))
            {
                return d;
            }
        }

        return -1;
    }

    private static bool JoinedBefore(CheckContext context, Sentence s, int k, int particle)
    {
        for (var v = k - 1; v >= s.First && v >= k - 4 && !context.ClauseBreakBetween(v, k); v--)
        {
            if (SplitVerb.Joins(context.Tokens[particle], context.Tokens[v], Words.Disruption | Words.Damage))
            {
                return true;
            }
        }

        return false;
    }

    // "er (straks/morgen misschien) niet meer": the thing will no longer be there.
    private static bool Gone(CheckContext context, Sentence s, int er)
    {
        for (var j = er + 1; j < s.Last && j <= er + 4; j++)
        {
            if (context.Tokens[j].Key == "niet" && context.Tokens[j + 1].Key == "meer" || SoonNoMore(context, s, j))
            {
                return true;
            }
        }

        return false;
    }

    // "niet lang meer" at d: the token "lang" between "niet" and "meer" (returned as the damage, so the caller knows it
    // is near).
    private static bool SoonNoMore(CheckContext context, Sentence s, int d) =>
        context.Tokens[d].Key == "lang" && d - 1 >= s.First && d + 1 <= s.Last && context.Tokens[d - 1].Key == "niet" && context.Tokens[d + 1].Key == "meer";

    // "als je band lek is", "omdat zijn ruit kapot is": the damage inside a clause of condition or cause is a state, not a deed.
    private static bool Subordinate(CheckContext context, Sentence s, int k, int damage)
    {
        for (var j = damage - 1; j >= s.First && j >= k - 4 && !context.ClauseBreakBetween(j, damage); j--)
        {
            if (context.Tokens[j].Key is "als" or "wanneer" or "omdat" or "want" or "toen" or "nadat" or "sinds" or "hoewel" or "of")
            {
                return true;
            }
        }

        return false;
    }

    // A finite form of the past or the perfect: what happened is told, not promised.
    private static bool Told(CheckContext context, Sentence s) => ToldQuestion.Ask(context, s);

    private static readonly SentenceQuestion ToldQuestion = new(ToldScan);

    private static bool ToldScan(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (context.Tokens[j].Key is "was" or "waren" or "werd" or "werden" or "had" or "hadden" or "heb" or "hebt" or "heeft" or "hebben")
            {
                return true;
            }
        }

        return false;
    }

    // A time that is near: "straks", "morgen", "vannacht", "vanavond", "binnenkort"; a day or part of the day named once
    // ("vrijdag", "zaterdagavond"), not a habit ("elke vrijdag", "op zaterdag", "'s avonds"). Stop 55 (lead): a time that
    // began or lies behind ("sinds maandag", "afgelopen vrijdag", "vorige week") tells a state or a past, not what is coming:
    // "Mijn buurman ligt sinds maandag in het ziekenhuis" is news.
    private static bool Soon(CheckContext context, Sentence s) => SoonQuestion.Ask(context, s);

    private static readonly SentenceQuestion SoonQuestion = new(SoonScan);

    private static bool SoonScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            var near = t[j].Key is "straks" or "morgen" or "vannacht" or "vanavond" or "vanmiddag" or "vanmorgen" or "overmorgen" or "binnenkort" or "zometeen"
                || ((context.Classes[j] & Words.RoutineTime) != 0 && (j == s.First || t[j - 1].Key is not ("elke" or "iedere" or "op" or "s" or "de" or "het" or "die" or "deze")));
            if (near && (j == s.First || t[j - 1].Key is not ("sinds" or "afgelopen" or "vorige" or "vorig")))
            {
                return true;
            }
        }

        return false;
    }
}
