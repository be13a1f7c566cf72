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
internal static partial class RecordedWholeJudge
{
    private static readonly ClassMask Recording = Language.WordClasses.Default.Mask("recording");
    private static readonly ClassMask ReadAloud = Language.WordClasses.Default.Mask("read-aloud");
    private static readonly ClassMask AudioEdition = Language.WordClasses.Default.Mask("audio-edition");

    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var t = context.Tokens;
        var c = context.Classes;
        foreach (var s in sentences)
        {
            if ((AsAudio(context, s) ?? WholeMaterial(context, s) ?? CapturedAndShared(context, s)) is { } audio)
            {
                return audio;
            }

            for (var k = s.First; k < s.Last; k++)
            {
                // "van begin tot eind", "van de eerste tot de laatste bladzijde": all of the titled work the sentence names.
                // Read aloud and put on a site in the same sentence counts as recorded (twenty-fifth pass: "van voor tot achter
                // voorgelezen en de opname op onze site gezet").
                if (t[k].Key == "van" && FromStartToEnd(context, k, s) && TitleIn(context, s.First, s.Last)
                    && ((ReadAloudIn(context, s) && s.Has(c, Channel)) || RecordedBesides(context, -1)) && !WholeWorkJudge.Own(context, s))
                {
                    return (k, Math.Min(s.Last, k + 3));
                }

                // "'Kleine Ezel' helemaal voorgelezen voor de webcam", "in zijn geheel ingesproken": read aloud whole.
                if (WholeAdverb(context, k) && TitleIn(context, s.First, s.Last) && ReadAloudIn(context, s) && RecordedBesides(context, -1) && !WholeWorkJudge.Own(context, s))
                {
                    return (k, Math.Min(s.Last, k + 2));
                }

                if (t[k].Key is not ("hele" or "gehele" or "volledige" or "complete" or "integrale"))
                {
                    continue;
                }

                for (var j = k + 1; j <= Math.Min(s.Last, k + 3); j++)
                {
                    // "Het hele kinderboek 'Mees Kees' staat nu online" (twenty-fifth pass): a titled work put online whole is
                    // published as a recording of it is.
                    var titled = TitleIn(context, j, Math.Min(s.Last, j + 2));
                    if ((c[j] & CopyWords.Work) != 0 && (WholeWorkJudge.FromASource(context, j, s) || titled)
                        && (RecordedBesides(context, j) || (titled && s.Has(c, Channel))) && !WholeWorkJudge.Own(context, s))
                    {
                        return (k, j);
                    }
                }
            }
        }

        return null;
    }

    // "Alle lessen van de leesmethode 'Estafette' voorgelezen als podcast", "'Koning van Katoren' staat als luisterboek op
    // onze website, door mij voorgelezen": a titled work put out as a podcast or audiobook, read aloud or spoken in by the
    // author (a reading or recording word besides the audio word). An audiobook is the whole book; a chapter a week
    // becomes one as well. The pupils' own podcast names no title; one borrowed from the library is not read by anyone.
    private static (int, int)? AsAudio(CheckContext context, Sentence s)
    {
        var audio = s.Find(context.Classes, AudioEdition);
        if (audio < 0 || !TitleIn(context, s.First, s.Last) || WholeWorkJudge.Own(context, s))
        {
            return null;
        }

        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (k != audio && (context.Classes[k] & (ReadAloud | Recording)) != 0)
            {
                return (audio, audio);
            }
        }

        return ReadsOut(context, s) ? (audio, audio) : null;
    }

    // "Elke week lees ik een hoofdstuk … voor als podcast": "voorlezen" split in a main clause, "lees/las" and a later "voor".
    private static bool ReadsOut(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k < s.Last; k++)
        {
            if (t[k].Key is "lees" or "leest" or "lezen" or "las" or "lazen")
            {
                for (var j = k + 1; j <= s.Last; j++)
                {
                    if (t[j].Key == "voor")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "van begin tot eind", "van voor tot achter", "van de eerste tot de laatste bladzijde": "van", then "tot", then the end
    // (classes work-start and work-end), within six words.
    private static bool FromStartToEnd(CheckContext context, int k, Sentence s)
    {
        var t = context.Tokens;
        if (k + 1 > s.Last || ((context.Classes[k + 1] & WorkStart) == 0 && t[k + 1].Key != "de"))
        {
            return false;
        }

        var until = false;
        for (var j = k + 1; j <= Math.Min(s.Last, k + 6); j++)
        {
            until |= t[j].Key == "tot";
            if (until && (context.Classes[j] & WorkEnd) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "helemaal", "integraal", "in zijn/haar geheel": all of it, said of what was done to the work.
    private static bool WholeAdverb(CheckContext context, int k)
    {
        var t = context.Tokens;
        return t[k].Key is "helemaal" or "integraal" || (t[k].Key == "in" && k + 2 < t.Count && t[k + 1].Key is "zijn" or "haar" or "het" && t[k + 2].Key == "geheel");
    }

    // Read aloud, recited or spoken in: the words of the work itself are what was recorded, not a film watched.
    private static bool ReadAloudIn(CheckContext context, Sentence s)
    {
        return s.Has(context.Classes, ReadAloud | Recording);
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
