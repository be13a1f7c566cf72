namespace Protocolwacht.Checks.Rules.Harmful;

// Weariness with a class told by the time still to go with it (twenty-fourth pass, convention 7, doubt): "nog zes weken
// met deze groep", "het wordt een lang jaar met dit stel". Praise in the sentence ("nog vier weken met deze fijne groep,
// we gaan ze missen") looks forward or back with pleasure.
internal static partial class ComplaintJudge
{
    // The masks are read here, not from another file's fields (SchoolJudgeMaskTests).
    private static readonly ClassMask GroupWord = Language.WordClasses.Default.Mask("class-group") | Language.WordClasses.Default.Mask("pupil") | Language.WordClasses.Default.Mask("rabble");
    private static readonly ClassMask SpanToGo = Language.WordClasses.Default.Mask("duration-unit") | Language.WordClasses.Default.Mask("countdown-unit");
    private static readonly ClassMask Lasts = Language.WordClasses.Default.Mask("duration-verb");
    private static readonly ClassMask Tiring = Language.WordClasses.Default.Mask("tiring");

    private static (int, int)? WearyOfGroup(CheckContext context, List<Sentence> sentences)
    {
        var t = context.Tokens;
        foreach (var s in sentences)
        {
            if (Warm(context, s))
            {
                continue;
            }

            for (var k = s.First + 1; k + 2 <= s.Last; k++)
            {
                if (t[k].Key == "met" && t[k + 1].Key is "deze" or "dit" or "die" or "dat" && ThisGroup(context, s, k + 2) && (TimeToGo(context, s, k) || LastsLong(context, s, k)))
                {
                    return (s.First, s.Last);
                }

                if (t[k].Key == "met" && TiringSpan(context, s, k) && OwnOrThisGroup(context, s, k + 1))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // "een taaie middag met deze club", "wat een zware ochtend met deze groep", "taaie dag met mijn achtste groep" (twenty-sixth
    // pass): a tiring adjective right before a part of the day or a unit of time right before "met". A tiring job or walk
    // ("een taaie klus") names no span of the working day.
    private static bool TiringSpan(CheckContext context, Sentence s, int with)
    {
        var span = with - 1;
        return span - 1 >= s.First && (context.Classes[span] & (SpanToGo | Words.RoutineTime)) != 0 && (context.Classes[span - 1] & Tiring) != 0;
    }

    // The class after a demonstrative ("deze club", "dit groepje") or the author's own ("mijn groep", "mijn achtste groep",
    // "onze klas"); "club" is a bunch here as "stel" is.
    private static bool OwnOrThisGroup(CheckContext context, Sentence s, int at)
    {
        var t = context.Tokens;
        if (at + 1 > s.Last || !(t[at].Key is "deze" or "dit" or "die" or "dat" || (context.Classes[at] & Words.FirstPossessive) != 0))
        {
            return false;
        }

        for (var j = at + 1; j <= Math.Min(s.Last, at + 2); j++)
        {
            if (ThisGroup(context, s, j) || t[j].Key == "club")
            {
                return true;
            }
        }

        return false;
    }

    // The class, pupils or a word for a bunch right after the demonstrative; "stel" is a bunch here ("dit stel"), a couple
    // or a verb elsewhere, so it is read only in this place.
    private static bool ThisGroup(CheckContext context, Sentence s, int k) =>
        (context.Classes[k] & GroupWord) != 0 || context.Tokens[k].Key == "stel";

    // "het duurt lang (vandaag) met dit groepje" (twenty-fifth pass): "lang" at most two words before "met", a form of "duren"
    // at most three before "lang".
    private static bool LastsLong(CheckContext context, Sentence s, int with)
    {
        for (var j = with - 1; j >= Math.Max(s.First + 1, with - 2); j--)
        {
            if (context.Tokens[j].Key == "lang" && s.Find(context.Classes, Lasts, Math.Max(s.First, j - 3)) is var verb && verb >= 0 && verb < j)
            {
                return true;
            }
        }

        return false;
    }

    // A span just before "met": "nog zes weken", "nog 9 weken", "een lang jaar".
    private static bool TimeToGo(CheckContext context, Sentence s, int with)
    {
        var t = context.Tokens;
        var span = with - 1;
        if ((context.Classes[span] & SpanToGo) == 0)
        {
            return false;
        }

        for (var j = span - 1; j >= Math.Max(s.First, span - 3); j--)
        {
            if (t[j].Key is "nog" || (j == span - 1 && t[j].Key is "lang" or "lange"))
            {
                return true;
            }
        }

        return false;
    }
}
