using Protocolwacht.Checks.Rules.Harmful;

namespace Protocolwacht.Checks.Rules.CopyrightJudges;

/// <summary>
/// The whole of someone else's work recorded and put online: "het hele prentenboek 'De Gruffalo' voorgelezen en
/// opgenomen", "onze complete rekenles uit de methode Pluspunt gefilmd", "'Rupsje Nooitgenoeg' van begin tot eind
/// voorgelezen en gefilmd". A video of all of a book or a method's lesson publishes the work as a copy does. The work is
/// someone else's when it is named by a title in quotes or by its source ("uit de methode …"); one's own lesson filmed
/// ("de hele les gefilmd voor mijn portfolio") and a film watched ("de hele film 'Frozen' gekeken": the work is the
/// only recording word) are not.
/// </summary>
internal static class RecordedWholeJudge
{
    private static readonly ClassMask Recording = Language.WordClasses.Default.Mask("recording");

    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var t = context.Tokens;
        var c = context.Classes;
        foreach (var s in sentences)
        {
            for (var k = s.First; k < s.Last; k++)
            {
                // "van begin tot eind", "van de eerste tot de laatste bladzijde": all of the titled work the sentence names.
                if (t[k].Key == "van" && FromStartToEnd(context, k, s) && TitleIn(context, s.First, s.Last) && RecordedBesides(context, -1) && !WholeWorkJudge.Own(context, s))
                {
                    return (k, Math.Min(s.Last, k + 3));
                }

                if (t[k].Key is not ("hele" or "gehele" or "volledige" or "complete" or "integrale"))
                {
                    continue;
                }

                for (var j = k + 1; j <= Math.Min(s.Last, k + 3); j++)
                {
                    if ((c[j] & CopyWords.Work) != 0 && (WholeWorkJudge.FromASource(context, j, s) || TitleIn(context, j, Math.Min(s.Last, j + 2)))
                        && RecordedBesides(context, j) && !WholeWorkJudge.Own(context, s))
                    {
                        return (k, j);
                    }
                }
            }
        }

        return null;
    }

    // "van begin tot eind", "van de eerste tot de laatste bladzijde": "van", then "tot", then the end, within six words.
    private static bool FromStartToEnd(CheckContext context, int k, Sentence s)
    {
        var t = context.Tokens;
        if (k + 1 > s.Last || t[k + 1].Key is not ("begin" or "start" or "de"))
        {
            return false;
        }

        var until = false;
        for (var j = k + 1; j <= Math.Min(s.Last, k + 6); j++)
        {
            until |= t[j].Key == "tot";
            if (until && t[j].Key is "eind" or "einde" or "laatste" or "slot")
            {
                return true;
            }
        }

        return false;
    }

    // A quoted title opening within the tokens first..last.
    private static bool TitleIn(CheckContext context, int first, int last)
    {
        var t = context.Tokens;
        var from = first > 0 ? t[first - 1].End : 0;
        var to = t[last].End;
        return context.QuoteSpans.Exists(q => q.Open >= from && q.Open < to);
    }

    // A recording word in the post other than the work itself.
    private static bool RecordedBesides(CheckContext context, int work)
    {
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (k != work && (context.Classes[k] & Recording) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
