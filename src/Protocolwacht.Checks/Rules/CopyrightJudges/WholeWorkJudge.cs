using Protocolwacht.Checks.Rules.Harmful;

namespace Protocolwacht.Checks.Rules.CopyrightJudges;

/// <summary>
/// A whole work of someone else taken over into the post: "het hele hoofdstuk … overgetypt", "de
/// volledige les uit de methode gekopieerd", "de complete songtekst overgeschreven", "letterlijk uitgetypt", "alle werkbladen
/// … gekopieerd". Publishing all of a
/// work needs its maker's permission, so saying it is done without mentioning permission is copying
/// without it, and so is handing it out as a file ("als pdf naar de ouders gestuurd"). A work the author or the pupils
/// made themselves ("ons eigen lied") is not someone else's. The words are classes (<c>whole-of</c>, <c>in-full</c>,
/// <c>edition</c>, <c>attached</c>, <c>own-made</c>, <c>copy-format</c>); "alle", "elke" and "zijn/haar geheel" are grammar.
/// </summary>
internal static class WholeWorkJudge
{
    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        if (PageByPage(context, sentences) is { } pages)
        {
            return pages;
        }

        if (RecordedWholeJudge.Find(context, sentences) is { } recorded)
        {
            return recorded;
        }

        // "de hele les van Blink gefotografeerd": a photograph of all of a named work is a copy of it too.
        var captured = CopyWords.Anywhere(context, CopyWords.CaptureVerb);
        var asFile = AsAFile(context, out var inAnyFile);
        var copied = CopyWords.Anywhere(context, CopyWords.CopyVerb) || Below(context) || asFile || PutOnline(context);
        if (!copied && !captured && !inAnyFile)
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
                if (copied && ((t[k].Key == "geheel" && k > s.First && t[k - 1].Key is "zijn" or "haar") || ((c[k] & InFull) != 0 && (c[k + 1] & CopyWords.CopyVerb) != 0)))
                {
                    if (CopyWords.Anywhere(context, CopyWords.Work) && !Own(context, s))
                    {
                        return (k, k + 1);
                    }

                    continue;
                }

                // "alle werkbladen uit de methode", "alle songteksten": every part of a work is the whole of it.
                var all = t[k].Key == "alle";
                if (!all && (c[k] & WholeOf) == 0)
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
                    var version = (c[j] & Edition) != 0 && CopyWords.Anywhere(context, CopyWords.Work);
                    // Photographed only: the work is named by its source ("de hele les van Blink", "alle werkbladen uit
                    // Pluspunt"), not one's own lesson on the board or the pupils' drawings ("alle tekeningen van groep 3").
                    // "in een pdf" (an article, not "één") bundles a work only when it is named by its title ("het complete
                    // werkboek van Blink in een pdf"), not "de hele les van vandaag staat in een pdf".
                    var named = copied || (captured && FromASource(context, j, s)) || (inAnyFile && FromASource(context, j, s) && TitledSource(context, j, s));
                    if (((c[j] & CopyWords.Work) != 0 || version) && named && !Own(context, s) && !(OwnJustBefore(context, s) && !NamesItsOwnTitle(context, j, s)))
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

    // "als pdf naar de ouders gestuurd", "als scan in de klassenapp": a work handed out as a file is a copy of it.
    private static bool AsAFile(CheckContext context, out bool inAnyFile)
    {
        inAnyFile = false;
        var t = context.Tokens;
        for (var k = 1; k < t.Count; k++)
        {
            // "als één pdf", "als 1 scan": one word of number between (twenty-seventh pass, school23). Twenty-ninth pass
            // (rules25): "in één pdf" bundles the work into a file just as well ("De hele methode … in één pdf").
            if ((context.Classes[k] & CopyFormat) == 0)
            {
                continue;
            }

            if (t[k - 1].Key is "als" || (k > 1 && t[k - 1].Key is "een" or "1" && (t[k - 2].Key is "als" || (t[k - 2].Key is "in" && NumberOne(context, k - 1)))))
            {
                return true;
            }

            inAnyFile |= k > 1 && t[k - 1].Key == "een" && t[k - 2].Key == "in";
        }

        return false;
    }

    // "1" or "één" as written: folding drops the accents, and "in een pdf" (an article) is any file, not the work in one.
    private static bool NumberOne(CheckContext context, int k)
    {
        if (context.Tokens[k].Key == "1")
        {
            return true;
        }

        var (start, end) = context.Text.ToOriginal(context.Tokens[k].Start, context.Tokens[k].End);
        return context.Request.Text.AsSpan(start, Math.Min(end, context.Request.Text.Length) - start).IndexOfAny('é', 'É') >= 0;
    }

    // "op mijn eigen site gezet", "in de klassenapp geplaatst" (twenty-seventh pass, school23): a verb of sharing or putting
    // (`share-verb`) with a channel or an app in the post hands the work out as a copy does; stop 54 (lead): so does a
    // carrier of files ("op een usb-stick gezet", "in de Dropbox gezet"; `file-carrier`).
    private static bool PutOnline(CheckContext context) =>
        CopyWords.Anywhere(context, ShareVerb) && CopyWords.Anywhere(context, Channel | FileCarrier);

    // The work is followed by "van" or "uit" and a source that is not a person or class of the school: "van Blink Wereld",
    // "uit het werkboek", not "van de kinderen", "van groep 3", "van Noah", "van mijn collega".
    internal static bool FromASource(CheckContext context, int j, Sentence s)
    {
        var t = context.Tokens;

        // "de hele les 12 van Veilig Leren Lezen": the number of a lesson or chapter stands between the work and its source.
        if (j + 1 <= s.Last && t[j + 1].Has(Normalisation.TokenFlags.Digits) && !t[j + 1].Has(Normalisation.TokenFlags.Letters))
        {
            j++;
        }

        if (j + 2 > s.Last || t[j + 1].Key is not ("van" or "uit"))
        {
            return false;
        }

        var last = Math.Min(s.Last, j + 4);
        for (var k = j + 2; k <= last; k++)
        {
            if ((context.Classes[k] & SchoolOwn) != 0 || context.PersonStartsAt(k))
            {
                return false;
            }
        }

        return true;
    }

    // A capitalised name among the words of the source ("van Blink", "uit Pluspunt"): a published work's title.
    private static bool TitledSource(CheckContext context, int j, Sentence s)
    {
        for (var k = j + 2; k <= Math.Min(s.Last, j + 4); k++)
        {
            if (context.Tokens[k].Has(Normalisation.TokenFlags.Capitalised))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly ClassMask WholeOf = Language.WordClasses.Default.Mask("whole-of");
    private static readonly ClassMask InFull = Language.WordClasses.Default.Mask("in-full");
    private static readonly ClassMask Edition = Language.WordClasses.Default.Mask("edition");
    private static readonly ClassMask OwnMade = Language.WordClasses.Default.Mask("own-made");
    private static readonly ClassMask Attached = Language.WordClasses.Default.Mask("attached");
    private static readonly ClassMask CopyFormat = Language.WordClasses.Default.Mask("copy-format");
    private static readonly ClassMask ShareVerb = Language.WordClasses.Default.Mask("share-verb");
    private static readonly ClassMask Channel = Language.WordClasses.Default.Mask("online-channel");
    private static readonly ClassMask FileCarrier = Language.WordClasses.Default.Mask("file-carrier");

    private static readonly ClassMask SchoolOwn = Language.WordClasses.Default.Mask("school-person") | Language.WordClasses.Default.Mask("person")
        | Language.WordClasses.Default.Mask("class-group") | Language.WordClasses.Default.Mask("first-possessive") | Language.WordClasses.Default.Mask("first-person")
        | Language.WordClasses.Default.Mask("kin");

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

    // "hieronder de complete songtekst", "hierbij de volledige tekst van …", "bijgevoegd: alle kopieerbladen van …", "Hier de
    // volledige songtekst van …" (a sentence opened by "hier" and an article): the work is in the post itself.
    private static bool Below(CheckContext context)
    {
        var tokens = context.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if ((context.Classes[k] & Attached) != 0)
            {
                return true;
            }

            var opens = k == 0 || tokens[k - 1].Sentence != tokens[k].Sentence;
            if (opens && tokens[k].Key == "hier" && k + 1 < tokens.Count && tokens[k + 1].Key is "de" or "het")
            {
                return true;
            }
        }

        return false;
    }

    // "onze eigen werkbladen", "zelfgemaakt": the work is the author's. "Op mijn eigen site" is the author's place, not the
    // work (twenty-seventh pass, school23).
    // Thirty-second pass (school28): "Groep 7 heeft een eigen rap geschreven over het verkeer. Hieronder de volledige tekst!":
    // the whole text handed out is of the work the sentence before calls the author's or the pupils' own.
    private static bool OwnJustBefore(CheckContext context, Sentence s)
    {
        if (s.First == 0)
        {
            return false;
        }

        var tokens = context.Tokens;
        var before = tokens[s.First - 1].Sentence;
        var first = s.First - 1;
        while (first > 0 && tokens[first - 1].Sentence == before)
        {
            first--;
        }

        return Own(context, new Sentence(first, s.First - 1));
    }

    // Review fix (fixchecks5b): "Groep 7 heeft een eigen rap geschreven. Hieronder de volledige songtekst van 'Dansen op de
    // vulkaan' van Snollebollekes!": a work named by a title of its own in this sentence is not the own work of the one
    // before; "de volledige tekst van de rap" still refers back to it.
    private static bool NamesItsOwnTitle(CheckContext context, int j, Sentence s) =>
        FromASource(context, j, s) && TitledSource(context, j, s);

    internal static bool Own(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & OwnMade) != 0 && !(k < s.Last && (context.Classes[k + 1] & Channel) != 0))
            {
                return true;
            }
        }

        return false;
    }
}
