using Protocolwacht.Checks.Rules.Harmful;

namespace Protocolwacht.Checks.Rules.CopyrightJudges;

/// <summary>
/// A whole work of someone else taken over into the post: "het hele hoofdstuk … overgetypt", "de
/// volledige les uit de methode gekopieerd", "de complete songtekst overgeschreven", "letterlijk uitgetypt", "alle werkbladen
/// … gekopieerd". Publishing all of a
/// work needs its maker's permission, so saying it is done without mentioning permission is copying
/// without it. A work the author or the pupils made themselves ("ons eigen lied") is not someone else's.
/// </summary>
internal static class WholeWorkJudge
{
    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        if (PageByPage(context, sentences) is { } pages)
        {
            return pages;
        }

        if (!CopyWords.Anywhere(context, CopyWords.CopyVerb) && !Below(context))
        {
            return null;
        }

        var c = context.Classes;
        var t = context.Tokens;
        foreach (var s in sentences)
        {
            for (var k = s.First; k < s.Last; k++)
            {
                // "in zijn geheel", "helemaal ingescand": the whole of a work named in the post.
                // "letterlijk overgeschreven": word for word is all of it; "integraal gescand", "volledig gekopieerd" too.
                if ((t[k].Key == "geheel" && k > s.First && t[k - 1].Key is "zijn" or "haar") || (t[k].Key is "helemaal" or "letterlijk" or "integraal" or "volledig" && (c[k + 1] & CopyWords.CopyVerb) != 0))
                {
                    if (CopyWords.Anywhere(context, CopyWords.Work) && !Own(context, s))
                    {
                        return (k, k + 1);
                    }

                    continue;
                }

                // "alle werkbladen uit de methode", "alle songteksten": every part of a work is the whole of it.
                var all = t[k].Key == "alle";
                if (!all && t[k].Key is not ("hele" or "gehele" or "volledige" or "complete" or "integrale"))
                {
                    continue;
                }

                for (var j = k + 1; j <= Math.Min(s.Last, k + 3); j++)
                {
                    if (all && !(t[j].Key.EndsWith("en", StringComparison.Ordinal) || t[j].Key.EndsWith('s')))
                    {
                        continue;
                    }

                    // "tekst en akkoorden van 'X' hieronder, complete versie": a whole version of the work the post names.
                    var version = t[j].Key is "versie" or "uitgave" or "editie" && CopyWords.Anywhere(context, CopyWords.Work);
                    if (((c[j] & CopyWords.Work) != 0 || version) && !Own(context, s))
                    {
                        return (k, j);
                    }
                }
            }
        }

        return null;
    }

    // "Het prentenboek bladzijde voor bladzijde gefotografeerd", "alle pagina's van het werkboek gescand", "elke pagina
    // ingescand": pages counted one by one in a sentence that copies or photographs them, with a work named in the post.
    private static (int First, int Last)? PageByPage(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        var t = context.Tokens;
        if (!CopyWords.Anywhere(context, CopyWords.Page) || !CopyWords.Anywhere(context, CopyWords.Work))
        {
            return null;
        }

        foreach (var s in sentences)
        {
            if (!InSentence(context, s, CopyWords.CopyVerb | CopyWords.CaptureVerb) || Own(context, s))
            {
                continue;
            }

            for (var k = s.First; k <= s.Last; k++)
            {
                if ((c[k] & CopyWords.Page) == 0)
                {
                    continue;
                }

                if (k + 2 <= s.Last && t[k + 1].Key == "voor" && (c[k + 2] & CopyWords.Page) != 0)
                {
                    return (k, k + 2);
                }

                if (k > s.First && t[k - 1].Key is "alle" or "elke" or "iedere")
                {
                    return (k - 1, k);
                }
            }
        }

        return null;
    }

    private static bool InSentence(CheckContext context, Sentence s, ClassMask mask)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & mask) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "hieronder de complete songtekst", "hierbij de volledige tekst van …": the work is in the post itself.
    private static bool Below(CheckContext context)
    {
        foreach (var t in context.Tokens)
        {
            if (t.Key is "hieronder" or "onderstaand" or "onderstaande" or "hierbij")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Own(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "eigen" or "zelfgeschreven" or "zelfgemaakte" or "zelfgemaakt")
            {
                return true;
            }
        }

        return false;
    }
}
