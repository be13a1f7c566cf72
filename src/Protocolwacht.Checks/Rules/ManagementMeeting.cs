using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// A meeting of the board or management named by a compound ("directieberaad", "bestuursoverleg", "MT-overleg",
/// "schoolleidersberaad") whose content the post passes on: its notes or points named beside it, what was discussed or
/// decided there, or a colon after it that opens the content ("Uit het directieoverleg: …"). Internal until announced
/// (convention 8): a publication, the website or "openbaar" in the post says it is out. The meeting is read by the
/// compound's last part (class work-measure) and the leader by its first part (class leadership), so no list of
/// meeting names is kept.
/// </summary>
internal static class ManagementMeeting
{
    private static readonly ClassMask WorkMeasure = WordClasses.Default.Mask("work-measure");
    private static readonly ClassMask Leadership = WordClasses.Default.Mask("leadership");
    private static readonly ClassMask Record = WordClasses.Default.Mask("meeting-record");
    private static readonly ClassMask Publication = WordClasses.Default.Mask("publication");

    public static (int First, int Last)? Find(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if ((context.Classes[k] & WorkMeasure) == 0 || !LedByLeaders(context, k))
            {
                continue;
            }

            if (Passed(context, k) is { } last && !Public(context))
            {
                return (Math.Min(k, last), Math.Max(k, last));
            }
        }

        return null;
    }

    // "MT-overleg" (the part before a hyphen is a leading body) or "bestuursvergadering" (the first part, with or without
    // its linking s, is one).
    private static bool LedByLeaders(CheckContext context, int k)
    {
        var t = context.Tokens;
        if (k > 0 && t[k].Start - t[k - 1].End == 1 && context.Text.Folded[t[k - 1].End] == '-' && (context.Classes[k - 1] & Leadership) != 0)
        {
            return true;
        }

        var key = t[k].Key.AsSpan();
        var classes = WordClasses.Default;
        for (var split = 2; split <= key.Length - 5; split++)
        {
            if ((classes.Of(key[split..]) & WorkMeasure) == 0)
            {
                continue;
            }

            var first = key[..split];
            if ((classes.Of(first) & Leadership) != 0 || (first[^1] == 's' && (classes.Of(first[..^1]) & Leadership) != 0))
            {
                return true;
            }
        }

        return false;
    }

    // A record of the meeting or what it discussed in its sentence, or a colon right after the meeting's phrase (within
    // four words) with more of the sentence after it. Returns the token the content is marked by.
    private static int? Passed(CheckContext context, int k)
    {
        var t = context.Tokens;
        for (var j = k - 4; j <= k + 8; j++)
        {
            if (j >= 0 && j < t.Count && j != k && t[j].Sentence == t[k].Sentence && (context.Classes[j] & Record) != 0)
            {
                return j;
            }
        }

        var text = context.Text.Folded;
        for (var j = k; j < t.Count - 1 && j <= k + 4 && t[j + 1].Sentence == t[k].Sentence; j++)
        {
            if (text.AsSpan(t[j].End, t[j + 1].Start - t[j].End).Contains(':'))
            {
                return j;
            }
        }

        return null;
    }

    // "De notulen van de bestuursvergadering staan op de website": published. A "verslag" is a publication word as well as
    // a meeting's record; as the record it says nothing about where it went.
    private static bool Public(CheckContext context)
    {
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (((context.Classes[k] & Publication) != 0 && (context.Classes[k] & Record) == 0) || context.Tokens[k].Key is "openbaar" or "openbare" or "gepubliceerd")
            {
                return true;
            }
        }

        return false;
    }
}
