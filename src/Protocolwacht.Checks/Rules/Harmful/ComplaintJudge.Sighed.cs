namespace Protocolwacht.Checks.Rules.Harmful;

// Thirtieth pass (school26): the own class or the year called hard work, with a sigh (convention 7, doubt): "Mijn groep is
// dit jaar een uitdaging, zucht.", "Pittig jaartje met groep 8, dat mag ik wel zeggen 😮‍💨". A `tiring` word (pittig, zwaar,
// uitdaging, kluif …) and the class or the year in one sentence, not negated and without praise, and a sigh in the post: a
// `sigh` word (zucht, pff, poeh) or a weary emoji. Without the sigh the class may be a challenge taken up gladly ("Groep 8 is
// dit jaar een uitdaging die we graag aangaan"); praise beside it ("Pittig, die eindtoets, maar wat hebben jullie goed
// gewerkt") looks back with pride.
internal static partial class ComplaintJudge
{
    private static readonly ClassMask Sigh = Language.WordClasses.Default.Mask("sigh");
    private static readonly ClassMask HardWork = Language.WordClasses.Default.Mask("tiring");
    private static readonly ClassMask SighedClassWord = Language.WordClasses.Default.Mask("class-group");

    private static (int, int)? Sighed(CheckContext context, List<Sentence> sentences)
    {
        if ((context.PostClasses & HardWork) == 0 || ((context.PostClasses & Sigh) == 0 && !Emoji.AnyOf(context.Request.Text, WearyEmoji)))
        {
            return null;
        }

        var c = context.Classes;
        foreach (var s in sentences)
        {
            var hard = s.Find(c, HardWork);
            if (hard >= 0 && (s.Has(c, SighedClassWord) || SaysTheYear(context, s)) && !s.Has(c, Words.Positive) && !s.NegatedAt(context, hard, 2))
            {
                return (s.First, s.Last);
            }
        }

        return null;
    }

    // "dit jaar", "pittig jaartje", "zwaar schooljaar": the year the class is had for.
    private static bool SaysTheYear(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "jaar" or "jaartje" or "schooljaar")
            {
                return true;
            }
        }

        return false;
    }
}
