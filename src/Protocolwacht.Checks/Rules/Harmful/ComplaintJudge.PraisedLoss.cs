namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-ninth pass (school25): praise as irony (convention 7, doubt). "Prachtig besluit weer van het bestuur. Het geld voor
// de schoolbibliotheek wordt gehalveerd.", "Mooi werk weer van Konot: de schoolreis wordt geschrapt." On a personal account,
// praise opening a sentence that names the organisation or its leaders and says "weer", and then a loss (an
// `organisation-change`: schrappen, halveren, bezuinigen, sluiten …) after the praise in that sentence or in the next one,
// not negated and not praised itself. Sincere praise names a gain ("Mooi werk van het bestuur: de nieuwe gymzaal is open!"),
// and praise of the parents' council or of pupils names no leader.
internal static partial class ComplaintJudge
{
    private static readonly ClassMask Praise = Words.Positive | Language.WordClasses.Default.Mask("ironic-praise");
    private static readonly ClassMask Loss = Language.WordClasses.Default.Mask("organisation-change");

    private static (int, int)? PraisedLoss(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        if (!context.IsPersonal || (context.PostClasses & Sender) == 0)
        {
            return null;
        }

        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var praise = s.Find(c, Praise);
            if (praise < 0 || (praise > s.First + 2 && !PraiseReported(context, s, praise)) || !s.Has(c, Sender) || !SaidAgain(context, s))
            {
                continue;
            }

            // The loss after the praise in this sentence ("Mooi werk weer van het bestuur: de schoolreis wordt geschrapt")…
            // A reported praise's loss stands in a clause of its own: in "vertelde hoe mooi de fusie is verlopen" the change
            // is what is praised.
            var loss = FindLoss(context, s, praise + 1);
            var reported = praise > s.First + 2;
            if (loss >= 0 && (!reported || context.ClauseBreakBetween(praise, loss)) && !s.NegatedAt(context, loss, 4) && s.Find(c, Praise, praise + 1) < 0)
            {
                return (s.First, s.Last);
            }

            // …or in the next one, which holds no praise and no negation of its own.
            if (si + 1 < sentences.Count)
            {
                var next = sentences[si + 1];
                if (FindLoss(context, next, next.First) >= 0 && !next.Has(c, Praise | Words.Negation))
                {
                    return (s.First, next.Last);
                }
            }
        }

        return null;
    }

    // Thirtieth pass (school26): a loss is an `organisation-change`, or a thing that "wordt gesloten", "gaat dicht", "gaat eraf"
    // or "valt weg" ("Weer een fijne verrassing van het bestuur: de gymles gaat eraf", "Wat een prachtig cadeautje van Konot
    // weer: de schoolbibliotheek wordt gesloten"): the participle and the particles are read after a verb of becoming, going
    // or falling three words before at most, so "gesloten" alone (a school closed for a storm day, convention 8) is none.
    private static int FindLoss(CheckContext context, Sentence s, int from)
    {
        var t = context.Tokens;
        for (var k = Math.Max(from, s.First); k <= s.Last; k++)
        {
            if ((context.Classes[k] & Loss) != 0)
            {
                return k;
            }

            if (t[k].Key is not ("gesloten" or "dicht" or "eraf" or "weg"))
            {
                continue;
            }

            for (var j = k - 1; j >= s.First && j >= k - 3; j--)
            {
                if (t[j].Key is "wordt" or "worden" or "gaat" or "gaan" or "valt" or "vallen" or "moet" or "moeten")
                {
                    return k;
                }
            }
        }

        return -1;
    }

    private static bool SaidAgain(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "alweer" or "wederom" || (context.Tokens[k].Key == "weer" && !Weather(context, s, k)))
            {
                return true;
            }
        }

        return false;
    }

    // "weer" as the weather, not "again": after an adjective ("heerlijk weer", "slecht weer"), as the sentence's opening
    // subject ("Het weer is …") or before the day it is told of ("weer vandaag").
    private static bool Weather(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (k > s.First && (context.Classes[k - 1] & (Words.Positive | Words.Negative)) != 0)
        {
            return true;
        }

        if (k == s.First + 1 && t[s.First].Key == "het")
        {
            return true;
        }

        return k < s.Last && t[k + 1].Key is "vandaag" or "morgen" or "vanmiddag" or "vanochtend";
    }

    // Stop 48 (lead): praise the organisation is said to give ("het bestuur vertelt ons weer hoe waardevol we zijn, vlak
    // voor de volgende bezuiniging", "Konot roept weer dat leraren belangrijk zijn."): the organisation or a leader, then a
    // verb of telling, then the praise, within a few words; the loss after it is still needed, so "het bestuur vertelt hoe
    // trots ze zijn: de nieuwe gymzaal is open!" stays praise.
    private static bool PraiseReported(CheckContext context, Sentence s, int praise)
    {
        var c = context.Classes;
        for (var v = praise - 1; v > s.First && v >= praise - 5; v--)
        {
            if ((c[v] & Told) == 0 && context.Tokens[v].Key is not ("vertelt" or "vertellen" or "vertelde" or "vertelden" or "verzekert"))
            {
                continue;
            }

            for (var o = v - 1; o >= s.First && o >= v - 4; o--)
            {
                if ((c[o] & Sender) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly ClassMask Told = Language.WordClasses.Default.Mask("claim-verb");
}
