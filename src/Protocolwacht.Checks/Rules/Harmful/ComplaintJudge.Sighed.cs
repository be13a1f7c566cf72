using Protocolwacht.Domain.Organisation;

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

    // Review fix (fixchecks3): the weary emoji without 😮 (U+1F62E, surprise: "een pittige rekentoets 😮"), whose code point
    // also opens 😮‍💨; that sigh counts only as the whole sequence.
    private static readonly int[] SighEmoji = [0x1F422, 0x1F644, 0x1F612, 0x1F611, 0x1FAE0, 0x1F636, 0x1F926, 0x1F643, 0x1F9A5, 0x1F937];
    private const string ExhaleEmoji = "\U0001F62E\u200D\U0001F4A8";

    private static (int, int)? Sighed(CheckContext context, List<Sentence> sentences)
    {
        // Review fix (fixchecks3): the school's own account telling of a "pittige sportdag" with a "poeh" tells of the day,
        // not of its staff's burden; the sigh is a teacher's about their own class, on a personal account.
        if (context.Request.Account.Kind != AccountKind.Personal || (context.PostClasses & HardWork) == 0)
        {
            return null;
        }

        var emoji = (context.PostClasses & Sigh) == 0 ? SighedByEmoji(context.Request.Text) : (bool?)null;
        if (emoji == false)
        {
            return null;
        }

        var c = context.Classes;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var hard = s.Find(c, HardWork);
            if (hard >= 0 && (s.Has(c, SighedClassWord) || SaysTheYear(context, s)) && !s.Has(c, Words.Positive) && !s.NegatedAt(context, hard, 2)
                && (emoji == true || SighBeside(c, sentences, si)))
            {
                return (s.First, s.Last);
            }
        }

        return null;
    }

    private static bool SighedByEmoji(string text) =>
        Emoji.AnyOf(text, SighEmoji) || text.Contains(ExhaleEmoji, StringComparison.Ordinal);

    // The sigh word in the hard word's sentence or the one either side of it.
    private static bool SighBeside(TokenClasses c, List<Sentence> sentences, int si) =>
        sentences[si].Has(c, Sigh) || (si > 0 && sentences[si - 1].Has(c, Sigh)) || (si + 1 < sentences.Count && sentences[si + 1].Has(c, Sigh));

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
