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
            || BetterMindIt(context, s) || (Thrifty(context, s) && (OthersThing(context, s) || (si > 0 && OthersThing(context, sentences[si - 1])))) || Awaits(context, s);
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
                // Twenty-third pass: hoping it stays whole or is still there ("dat haar fiets er morgen nog staat", "dat zijn
                // auto heel blijft").
                var intact = t[j].Key is "heel" or "blijft" || (t[j].Key == "nog" && j + 1 <= s.Last && t[j + 1].Key is "staat" or "is" or "rijdt" or "heeft" or "staan");
                if (((nothing && happens) || intact) && OthersThing(context, s))
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

    // Twenty-third pass: "hij zou er maar zuinig op moeten zijn", "die vader zou zuinig moeten zijn op zijn auto": careful
    // with a thing, said with "maar" or "zou/moet" of someone talked about, after another's thing in this sentence or the
    // one before. "Wees zuinig op je Chromebook" is said to the reader.
    private static bool Thrifty(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First + 1; k <= s.Last; k++)
        {
            if (t[k].Key != "zuinig" || s.NegatedAt(context, k, 3) || !ThirdPartyBefore(context, s, k))
            {
                continue;
            }

            for (var j = Math.Max(s.First, k - 4); j < k; j++)
            {
                if (t[j].Key is "maar" or "zou" or "moet" or "moest")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Twenty-third pass: "die vader weet niet wat hem te wachten staat als ik hem tegenkom", "dan weet hij niet wat hem
    // overkomt": what awaits someone else, with the author in the sentence. "De kinderen weten niet wat hun te wachten
    // staat: Sinterklaas!" has no author; "ik weet niet wat er gebeurt" is the author's own doubt.
    private static bool Awaits(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if (!s.Has(c, Words.FirstPerson) || !Someone(context, s))
        {
            return false;
        }

        for (var k = s.First; k + 3 <= s.Last; k++)
        {
            // The subject may follow the verb ("dan weet hij niet wat …").
            var n = t[k + 1].Key is "hij" or "zij" or "ze" or "die" ? k + 2 : k + 1;
            if (t[k].Key is not ("weet" or "weten") || n + 2 > s.Last || t[n].Key != "niet" || t[n + 1].Key != "wat" || (c[k - (k > s.First ? 1 : 0)] & Words.FirstPerson) != 0
                || (c[n + 2] & Words.FirstPerson) != 0)
            {
                continue;
            }

            for (var j = n + 2; j <= s.Last && j <= n + 6; j++)
            {
                if (t[j].Key is "wachten" or "overkomt" or "gebeurt" or "overkomen")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
