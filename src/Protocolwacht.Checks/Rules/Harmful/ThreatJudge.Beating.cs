namespace Protocolwacht.Checks.Rules.Harmful;

// The idioms of a beating and its outcome: "maak … kapot", "ik krijg je nog wel", "in elkaar slaan", "je tanden bij
// elkaar zoeken", a body "op straat".
internal static partial class ThreatJudge
{
    // "maak/maken … kapot/af/dood" with a person between the verb and its particle.
    private static bool Destroyed(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key is not ("kapot" or "af" or "dood") || k - 1 < s.First)
        {
            return false;
        }

        for (var j = k - 1; j >= s.First && j >= k - 4; j--)
        {
            if (t[j].Key is "maak" or "maakt" or "maken" or "make")
            {
                for (var m = j + 1; m < k; m++)
                {
                    if ((context.Classes[m] & (Words.SecondPerson | Words.Target)) != 0 || t[m].Key is "hem" or "haar" or "hen" or "ze" || context.PersonStartsAt(m))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "krijg(en) … nog (wel)": "ik krijg je nog wel", "die krijgen we nog".
    private static bool Revenge(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key is not ("krijg" or "krijgen"))
        {
            return false;
        }

        for (var j = k + 1; j <= Math.Min(s.Last, k + 4); j++)
        {
            if (t[j].Key == "nog" && (j == s.Last || t[j + 1].Key is "wel" or "eens" || j + 1 > s.Last || context.ClauseBreakBetween(j, j + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "in elkaar" followed by a verb of hitting: "in elkaar slaan, trappen, schoppen, timmeren, rammen".
    private static bool BeatUp(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key != "elkaar" || k == s.First || t[k - 1].Key != "in")
        {
            return false;
        }

        // The verb follows at once or after a modal: "in elkaar (moeten/laten) trappen".
        var hitting = Words.HarmVerb | Words.HitVerb;
        return (k + 1 <= s.Last && (context.Classes[k + 1] & hitting) != 0) || (k + 2 <= s.Last && (context.Classes[k + 2] & hitting) != 0);
    }

    // "je tanden bij elkaar (kunnen) zoeken/rapen", "je tanden liggen op straat", "zijn botten op de stoep": teeth or
    // bones gathered or lying on the ground, the promised result of a beating.
    private static bool TeethGathered(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var scattered = (t[k].Key == "elkaar" && k - 1 >= s.First && t[k - 1].Key == "bij")
            || (t[k].Key is "straat" or "grond" or "stoep" or "vloer" && OnTheGround(context, s, k));
        if (!scattered)
        {
            return false;
        }

        for (var j = k - 2; j >= s.First && j >= k - 5; j--)
        {
            if (t[j].Key is "tanden" or "kiezen" or "botten" or "ribben")
            {
                return true;
            }
        }

        return false;
    }

    // "op straat", "op de grond": the ground word right after "op" or "op de".
    private static bool OnTheGround(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        return (k - 1 >= s.First && t[k - 1].Key == "op") || (k - 2 >= s.First && t[k - 2].Key == "op" && t[k - 1].Key == "de");
    }
}
