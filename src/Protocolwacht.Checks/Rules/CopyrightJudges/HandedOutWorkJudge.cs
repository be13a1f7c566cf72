using Protocolwacht.Checks.Rules.Harmful;

namespace Protocolwacht.Checks.Rules.CopyrightJudges;

/// <summary>
/// Thirty-eighth pass (school34): someone else's work handed out without a word for "whole": "drie prentenboeken gescand
/// en als pdf in de ouderapp", "de methode Pluspunt staat bij mij op de blog, download maar", "hieronder de tekst van
/// 'Zwaaien' van Kinderen voor Kinderen", "die betaalde rekenbladen in een gedeelde Drive gezet". A copy of a published
/// work handed out is a copy of it, whole or not said. Read, in one sentence: a <c>creative-work</c> that is someone
/// else's (named by a title in quotes or with a capital, by a source after "van"/"uit" that is no person or class of the
/// school, said to be paid for (<c>bought</c>), or a book copied without an owner of the school), and either copied
/// (<c>copy-verb</c>, <c>capture-verb</c>) and handed out (a <c>copy-format</c>, put on a channel or a file carrier, or
/// "hieronder"), or put on a channel or carrier by the author, or set out below by its title. Not: one's own work
/// (<c>own-made</c>), a work free of copyright (<c>public-domain</c>, an edition before 1900), something about the work
/// (<c>about-work</c>: a link, a photo, a review), a library visit or a publisher's link (nothing copied or put online).
/// </summary>
internal static class HandedOutWorkJudge
{
    private static readonly Language.WordClasses C = Language.WordClasses.Default;
    internal static readonly ClassMask Bought = C.Mask("bought");
    internal static readonly ClassMask AboutWork = C.Mask("about-work");
    internal static readonly ClassMask PublicDomain = C.Mask("public-domain");
    private static readonly ClassMask CopyFormat = C.Mask("copy-format");
    private static readonly ClassMask ShareVerb = C.Mask("share-verb");
    private static readonly ClassMask Place = C.Mask("online-channel") | C.Mask("file-carrier");
    private static readonly ClassMask Attached = C.Mask("attached");
    private static readonly ClassMask Time = C.Mask("duration-unit") | C.Mask("countdown-unit") | C.Mask("routine-time");
    private static readonly ClassMask OwnMade = C.Mask("own-made");
    private static readonly ClassMask SecondPerson = C.Mask("second-person") | C.Mask("addressee-possessive");
    private static readonly ClassMask NotAWork = C.Mask("class-group") | C.Mask("school-person") | C.Mask("pupil");
    private static readonly ClassMask Author = C.Mask("first-person") | C.Mask("first-possessive");

    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        if (!CopyWords.Anywhere(context, CopyWords.Work) || CopyWords.Anywhere(context, PublicDomain) || OldEdition(context))
        {
            return null;
        }

        // "De uitgever gaf ons toestemming om …": permission said, not denied, is no copy without it.
        if (PermissionSaid(context))
        {
            return null;
        }

        var copied = CopyWords.Anywhere(context, CopyWords.CopyVerb | CopyWords.CaptureVerb);
        var asFile = CopyWords.Anywhere(context, CopyFormat);
        var below = CopyWords.Anywhere(context, Attached);
        foreach (var s in sentences)
        {
            // "De uitgever heeft de proeftoetsen zelf online gezet": the maker sharing its own work, the author not in it.
            if (OwnWork(context, s) || (MakerIn(context, s) && !s.Has(c, Author)))
            {
                continue;
            }

            var placed = Placed(context, s);
            for (var k = s.First; k <= s.Last; k++)
            {
                if ((c[k] & CopyWords.Work) == 0 || (c[k] & CopyFormat) != 0 || AboutBefore(context, s, k, k - 3) || !SomeoneElses(context, s, k))
                {
                    continue;
                }

                // Copied and handed out; put online by the author (a link or a photo put there before the work is not the work: "een
                // link naar de film van Pixar in de app gezet"); or set out below by its title.
                if ((copied && (asFile || placed || below)) || (placed && !AboutBefore(context, s, k, s.First)) || (below && Titled(context, s, k)))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // Someone else's: titled, from a source outside the school, paid for, or a book with no owner of the school after it.
    private static bool SomeoneElses(CheckContext context, Sentence s, int k)
    {
        if (Titled(context, s, k) || s.Has(context.Classes, Bought))
        {
            return true;
        }

        var t = context.Tokens;
        if (k + 1 <= s.Last && t[k + 1].Key is "van" or "uit" && !FromTime(context, s, k))
        {
            return WholeWorkJudge.FromASource(context, k, s);
        }

        // "vier voorleesboeken gescand": a book is published work unless its owner is said ("het werkboek van Noah").
        return t[k].Key.Contains("boek", StringComparison.Ordinal);
    }

    // "de voorleesboeken van deze maand", "de hele les van maandag": a time after "van" dates the work, it names no source.
    private static bool FromTime(CheckContext context, Sentence s, int k)
    {
        for (var j = k + 2; j <= Math.Min(s.Last, k + 3); j++)
        {
            if ((context.Classes[j] & Time) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // A title in quotes within the work's phrase, or a capitalised word just before the work ("het nieuwste Dolfje
    // Weerwolfje-boek") or just after it or its "van"/"uit" ("de methode Pluspunt", "de film van Pixar") that is no roster person.
    private static bool Titled(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var from = k > 0 ? t[k - 1].End : 0;
        var to = t[Math.Min(s.Last, k + 3)].End;
        if (context.QuoteSpans.Exists(q => q.Open >= from && q.Open < to))
        {
            return true;
        }

        if (k + 1 <= s.Last && Capital(context, k + 1))
        {
            return true;
        }

        // "de film van Pixar", "de songtekst en de mp3 van het nieuwe Snollebollekes-nummer": a capital within three words
        // after a "van" or "uit" that follows the work within four.
        for (var v = k + 1; v <= Math.Min(s.Last, k + 4); v++)
        {
            if (t[v].Key is not ("van" or "uit"))
            {
                continue;
            }

            for (var j = v + 1; j <= Math.Min(s.Last, v + 3); j++)
            {
                if (Capital(context, j))
                {
                    return true;
                }
            }

            break;
        }

        return (k - 1 > s.First && Capital(context, k - 1)) || (k > s.First && Capital(context, k) && t[k].Key.Contains('-'));
    }

    private static bool Capital(CheckContext context, int k) =>
        context.Tokens[k].Has(Normalisation.TokenFlags.Capitalised) && !context.PersonStartsAt(k) && (context.Classes[k] & (Author | CopyWords.Creator)) == 0;

    // "in de Drive gezet", "op ons YouTube-kanaal geplaatst", "staat bij mij op de blog": put on a channel or carrier, by a
    // verb of sharing, or by "staat/staan" with the author in the sentence ("bij mij", "mijn", "ik").
    private static bool Placed(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        if (!s.Has(c, Place))
        {
            return false;
        }

        if (s.Has(c, ShareVerb))
        {
            return true;
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "staat" or "staan")
            {
                return s.Has(c, Author) || s.Has(c, CopyFormat);
            }
        }

        return false;
    }

    // A maker in the sentence ("de uitgever", "de auteur"); "blad" is a maker (a magazine) and a work (a sheet): as a work
    // it is what is handed out.
    private static bool MakerIn(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & CopyWords.Creator) != 0 && (context.Classes[k] & CopyWords.Work) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // A `permission` word without a negation (class `negation`: "geen", "niet", "nooit" …) or "zonder" in the three words
    // before it.
    private static bool PermissionSaid(CheckContext context)
    {
        var c = context.Classes;
        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if ((c[k] & CopyWords.Permission) == 0)
            {
                continue;
            }

            var denied = false;
            for (var j = Math.Max(0, k - 3); j < k; j++)
            {
                denied |= (c[j] & Words.Negation) != 0 || t[j].Key == "zonder";
            }

            if (!denied)
            {
                return true;
            }
        }

        return false;
    }

    // "onze eigen werkbladen", "zelfgemaakt": the author's own work. "Op mijn eigen site" is the author's place and "voor je
    // eigen groep" the reader's class, not the work.
    private static bool OwnWork(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & OwnMade) != 0 && !(k < s.Last && (c[k + 1] & (Place | NotAWork)) != 0) && !(k > s.First && (c[k - 1] & SecondPerson) != 0))
            {
                return true;
            }
        }

        return false;
    }

    // "een foto van het boek", "de link naar de film": something about the work before it, from the given word on.
    private static bool AboutBefore(CheckContext context, Sentence s, int k, int from)
    {
        for (var j = Math.Max(s.First, from); j < k; j++)
        {
            if ((context.Classes[j] & AboutWork) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "een druk van 1890", "Max Havelaar (1860)": a year before 1900 in the post is an edition out of copyright.
    private static bool OldEdition(CheckContext context)
    {
        foreach (var token in context.Tokens)
        {
            if (token.Key.Length == 4 && int.TryParse(token.Key, out var year) && year is >= 1400 and < 1900)
            {
                return true;
            }
        }

        return false;
    }
}
