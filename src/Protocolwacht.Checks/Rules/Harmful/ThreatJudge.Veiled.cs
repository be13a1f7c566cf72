namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-second pass: veiled threats about someone's things, where the author only implies the harm to come.
// - hoping nothing happens to it, said with "maar": "die wethouder moet maar hopen dat er niks met zijn huis gebeurt",
//   "hij hoopt maar beter dat zijn auto heel blijft"; a plain wish ("ik hoop dat er niks met je fiets gebeurt in de
//   storm") has no "maar", and a hope about one's own or nobody's thing ("moet maar hopen dat de cv-ketel het houdt") no
//   other owner;
// - enjoying it while it lasts, after a thing of someone else in the sentence or the one before: "Mooie fiets heeft die
//   conciërge. Geniet er nog maar even van", "laat hem er maar van genieten zolang het nog kan"; "geniet er maar van"
//   without "nog" is a wish;
// - a person told with "maar beter" to look after their thing: "die buurvrouw kan maar beter goed op haar tuinhuisje
//   passen", not children told to mind their bags on a trip (addressed, not talked about).
internal static partial class ThreatJudge
{
    private static bool VeiledAboutThings(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var c = context.Classes;
        if (s.Has(c, Words.Hazard | Words.Gratitude | Words.HelpGiven | Words.Mishap) || Past(context, s))
        {
            return false;
        }

        return HopedUnharmed(context, s) || (EnjoyWhileItLasts(context, s) && (OthersThing(context, s) || (si > 0 && OthersThing(context, sentences[si - 1]))))
            || BetterMindIt(context, s);
    }

    private static bool HopedUnharmed(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k < s.Last; k++)
        {
            if (t[k].Key is not ("hopen" or "hoopt" or "hoop") || !MaarNear(context, s, k))
            {
                continue;
            }

            var nothing = false;
            var happens = false;
            for (var j = k + 1; j <= s.Last && j <= k + 14; j++)
            {
                nothing |= t[j].Key is "niks" or "niets";
                happens |= t[j].Key is "gebeurt" or "gebeuren" or "overkomt";
                if (nothing && happens && OthersThing(context, s))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "geniet er nog maar (even) van", "laat hem er maar van genieten zolang het nog kan".
    private static bool EnjoyWhileItLasts(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var enjoy = -1;
        var nog = false;
        var maar = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            enjoy = t[j].Key is "geniet" or "genieten" ? j : enjoy;
            nog |= t[j].Key is "nog" or "zolang";
            maar |= t[j].Key == "maar";
        }

        return enjoy >= 0 && nog && maar && !s.NegatedAt(context, enjoy, 3);
    }

    // "die buurvrouw kan maar beter (goed) op haar tuinhuisje passen".
    private static bool BetterMindIt(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k < s.Last; k++)
        {
            if (t[k].Key == "maar" && t[k + 1].Key == "beter" && OthersThing(context, s) && Warning(context, s, k) && ThirdPartyBefore(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // A thing of someone else: a property or home word owned by another ("zijn huis", "die fiets van hem"), or one that
    // a person "heeft" ("mooie fiets heeft die conciërge").
    private static bool OthersThing(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & (Words.Property | Words.Home)) != 0 && (OthersOwn(context, s, k) || HadBySomeone(context, s, k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HadBySomeone(CheckContext context, Sentence s, int k) =>
        k + 2 <= s.Last && context.Tokens[k + 1].Key is "heeft" or "hebben" && ((context.Classes[k + 2] & (Words.Target | Words.ThirdPerson)) != 0 || (k + 3 <= s.Last && (context.Classes[k + 3] & Words.Target) != 0));

    private static bool MaarNear(CheckContext context, Sentence s, int k)
    {
        for (var j = Math.Max(s.First, k - 2); j <= Math.Min(s.Last, k + 2); j++)
        {
            if (context.Tokens[j].Key == "maar")
            {
                return true;
            }
        }

        return false;
    }

    // Someone talked about before "maar beter" ("die buurvrouw kan maar beter"), not the addressees ("jullie kunnen maar
    // beter op je spullen letten" is care).
    private static bool ThirdPartyBefore(CheckContext context, Sentence s, int k)
    {
        for (var j = s.First; j < k; j++)
        {
            if ((context.Classes[j] & (Words.Target | Words.ThirdPerson)) != 0 || context.PersonStartsAt(j))
            {
                return true;
            }
        }

        return false;
    }
}
