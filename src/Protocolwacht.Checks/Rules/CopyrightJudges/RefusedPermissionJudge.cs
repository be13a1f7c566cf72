using Protocolwacht.Checks.Rules.Harmful;

namespace Protocolwacht.Checks.Rules.CopyrightJudges;

/// <summary>
/// Text that says a work is used without the right to: a permission word denied or dodged in its
/// sentence ("de uitgever gaf geen toestemming", "niet helemaal volgens de licentie", "een licentie
/// aanvragen was ons te duur", "toestemming vragen duurt me te lang"), or asking that was skipped
/// ("niet gevraagd") beside a work, in a post that speaks of someone else's work (a work, its maker or
/// a verb of copying). Photos of pupils are image consent, not this.
/// </summary>
internal static class RefusedPermissionJudge
{
    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        if (!CopyWords.Anywhere(context, CopyWords.Work | CopyWords.Creator | CopyWords.CopyVerb))
        {
            return null;
        }

        var c = context.Classes;
        var t = context.Tokens;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            for (var k = s.First; k <= s.Last; k++)
            {
                if ((c[k] & CopyWords.Permission) != 0 && !context.IsMention(k) && (Denied(context, s, k) || TooCostly(context, s)) && !NotNeeded(context, s, k))
                {
                    return (Math.Max(s.First, k - 4), k);
                }

                // "(niet gevraagd, ik hoop dat het mag)" beside the song it is about.
                if (t[k].Key is "gevraagd" or "aangevraagd" or "geregeld" && k > s.First && (c[k - 1] & CopyWords.Negation) != 0
                    && (s.Has(c, CopyWords.Work | CopyWords.Creator) || (si > 0 && sentences[si - 1].Has(c, CopyWords.Work | CopyWords.Creator))))
                {
                    return (k - 1, k);
                }
            }
        }

        return null;
    }

    // A negation just before the permission word or right after it ("toestemming heb ik niet"), in its clause.
    private static bool Denied(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        for (var j = Math.Max(s.First, k - 5); j <= Math.Min(s.Last, k + 3); j++)
        {
            if ((c[j] & CopyWords.Negation) != 0 && !context.ClauseBreakBetween(Math.Min(j, k), Math.Max(j, k)))
            {
                return true;
            }
        }

        return context.Tokens[Math.Max(s.First, k - 1)].Key == "zonder";
    }

    // Stop 50 (lead): "eigen muziek, dus geen licentie nodig", "hiervoor hoef je geen toestemming te vragen": a permission
    // that is not needed is none withheld.
    private static bool NotNeeded(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = Math.Max(s.First, k - 4); j <= Math.Min(s.Last, k + 3); j++)
        {
            if (t[j].Key is "nodig" or "vereist" or "verplicht" or "hoef" or "hoeft" or "hoeven" or "hoefde" or "hoefden"
                && !context.ClauseBreakBetween(Math.Min(j, k), Math.Max(j, k)))
            {
                return true;
            }
        }

        return false;
    }

    // "was ons te duur", "duurt me te lang": asking was judged not worth it.
    private static bool TooCostly(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j < s.Last; j++)
        {
            if (t[j].Key == "te" && t[j + 1].Key is "duur" or "lang" or "omslachtig" or "ingewikkeld" or "veel")
            {
                return true;
            }
        }

        return false;
    }
}
