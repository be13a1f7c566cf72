namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-eighth pass (hate34): harm wished on a group by an emoji of a weapon or a bomb after the group's word ("Zigeuners
// in ons dorp 🔪", "moslims hier in de straat? 🔫🔫"): the emoji says what the group should get. Fire alone is praise as
// often as arson ("feest met de Poolse ouders 🔥🔥"), so only arms count; a kitchen, a feast or praise in the sentence
// ("kookles met de Syrische moeders 🔪🥕") makes the knife a tool.
internal static partial class GroupHateJudge
{
    // A knife, a dagger, a gun, a bomb, an axe, a firecracker, a headstone and a coffin (U+26B0, in the BMP).
    private static readonly int[] ArmsEmoji = [0x1F52A, 0x1F5E1, 0x1F52B, 0x1F4A3, 0x1FA93, 0x1F9E8, 0x1FAA6];

    private static readonly ClassMask Peaceful = Words.Positive | Words.Approval
        | Language.WordClasses.Default.Mask("cook-verb") | Language.WordClasses.Default.Mask("festivity") | Language.WordClasses.Default.Mask("celebration");

    private static bool ArmedAfter(CheckContext context, Sentence s, int group)
    {
        // Token offsets are into the folded text; the emoji are read in the original.
        var folded = context.Text.Folded;
        var foldedEnd = s.Last + 1 < context.Tokens.Count ? context.Tokens[s.Last + 1].Start : folded.Length;
        if (context.Tokens[group].End >= foldedEnd || s.Has(context.Classes, Peaceful))
        {
            return false;
        }

        // Folding may drop an emoji, so the span runs in the original to the next sentence's first word or the text's end.
        var text = context.Text.Original;
        var start = context.Text.EndOf(context.Tokens[group].End - 1);
        var end = foldedEnd >= folded.Length ? text.Length : context.Text.StartOf(foldedEnd);
        if (start >= end)
        {
            return false;
        }

        var after = text.Substring(start, end - start);
        return after.Contains('\u26B0') || Emoji.AnyOf(after, ArmsEmoji);
    }
}
