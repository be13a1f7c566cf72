namespace Protocolwacht.Checks.Rules.Harmful;

// A question at one's own organisation that is no question: "Wanneer gaat het bestuur eens investeren in …?", "Hoe lang
// moeten we nog wachten tot Konot eindelijk …?", "Zou Konot ooit geld vrijmaken voor …?", "Wie op het bestuursbureau denkt
// er eigenlijk na over …?". A question word opens the sentence, the organisation is in it, the sentence ends in a question
// mark, and a particle of impatience ("eens", "ooit", "eindelijk"; "eigenlijk" after "wie" with a verb of thinking or
// listening) says the answer is "never".
// A plain question ("Wanneer is de open dag?", "Wanneer komt het nieuwe rooster online?") has no such particle.
internal static partial class ComplaintJudge
{
    private static readonly ClassMask Heeding = Language.WordClasses.Default.Mask("heeding");

    private static (int, int)? RhetoricalQuestion(CheckContext context, List<Sentence> sentences)
    {
        var t = context.Tokens;
        var c = context.Classes;
        foreach (var s in sentences)
        {
            var opener = t[s.First].Key;
            if (opener is not ("wanneer" or "hoe" or "wie" or "zou" or "zouden" or "waarom") || !Asked(context, s)
                || !s.Has(c, Words.OrganisationTarget) || s.Has(c, Words.NationalGovernment | Words.SportsOfficial))
            {
                continue;
            }

            for (var k = s.First + 1; k <= s.Last; k++)
            {
                if (t[k].Key is "eens" or "ooit" or "eindelijk" || (opener == "wie" && t[k].Key == "eigenlijk" && ThinksOrListens(context, s)))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // "Wie … denkt er eigenlijk na", "wie … luistert eigenlijk": asked who thinks or listens (class heeding), the answer
    // is nobody; "Wie van het bestuur komt er eigenlijk naar de opening?" asks who comes.
    private static bool ThinksOrListens(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & Heeding) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The sentence ends in a question mark.
    private static bool Asked(CheckContext context, Sentence s)
    {
        var folded = context.Text.Folded;
        var end = s.Last + 1 < context.Tokens.Count ? context.Tokens[s.Last + 1].Start : folded.Length;
        return folded.AsSpan(context.Tokens[s.Last].End, end - context.Tokens[s.Last].End).Contains('?');
    }
}
