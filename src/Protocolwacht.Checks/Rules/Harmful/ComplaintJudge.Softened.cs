namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-fifth pass (school31): a mild negative attribute of pupils or a class, turned round with praise in the same
// sentence ("de leerlingen waren vandaag wat lui, maar wel gezellig", "groep 6 was een tikje onrustig, gelukkig wel heel
// lief", "de kleuters zijn soms wat traag, maar toch ontzettend leuk"). No one is named and the teacher's fondness is
// in the words: a sneer at a class (convention 7, doubt), not name-calling. An insult noun, a curse or an animal stays
// an insult whatever praise follows ("stelletje apen, maar wel lief"), and so does a single child ("die jongen is lui,
// maar wel gezellig" is one pupil's character made public).
internal static partial class ComplaintJudge
{
    // The masks are read here, not from another file's fields (SchoolJudgeMaskTests).
    private static readonly ClassMask Pupils = Language.WordClasses.Default.Mask("class-group") | Language.WordClasses.Default.Mask("pupil")
        | Language.WordClasses.Default.Mask("class-member");
    private static readonly ClassMask SneerUnruly = Language.WordClasses.Default.Mask("unruly");
    private static readonly ClassMask SneeredClass = Language.WordClasses.Default.Mask("class-group");

    /// <summary>Whether the insult is a mild attribute of pupils or a class with a positive turn after it.</summary>
    public static bool SoftenedSneer(CheckContext context, List<Sentence> sentences, (int First, int Last) insult)
    {
        var s = Sentence.Containing(sentences, insult.First);
        if (s.Last < 0 || !PupilsAsAWhole(context, s, insult.First))
        {
            return false;
        }

        var c = context.Classes;
        var attribute = -1;
        for (var k = insult.First; k <= insult.Last; k++)
        {
            if ((c[k] & (Words.Insulting | Words.Curse | Words.Animal)) != 0)
            {
                return false;
            }

            if ((c[k] & (Words.NegativeAttribute | SneerUnruly)) != 0)
            {
                attribute = k;
            }
        }

        return attribute >= 0 && TurnedRound(context, s, attribute);
    }

    // The same told with an attribute no insult reads ("de kleuters waren een beetje onrustig, gelukkig wel heel lief",
    // "mijn klas was wat chaotisch vandaag, maar toch heerlijk"): a mild attribute of the pupils as a whole, not negated,
    // turned round with praise. "druk bezig" and "onmogelijk lief" are busy and fond (ComplaintJudge.Busy).
    private static (int, int)? Softened(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        foreach (var s in sentences)
        {
            for (var k = s.First + 1; k <= s.Last; k++)
            {
                if ((c[k] & (Words.NegativeAttribute | SneerUnruly)) != 0 && !s.NegatedAt(context, k, 3) && !Busy(context, s, k)
                    && PupilsAsAWhole(context, s, k) && TurnedRound(context, s, k))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // "…, maar wel gezellig", "…, gelukkig wel lief", "…, toch heel leuk": a turn word and praise after it, not negated.
    private static bool TurnedRound(CheckContext context, Sentence s, int attribute)
    {
        var t = context.Tokens;
        var turn = -1;
        for (var k = attribute + 1; k <= s.Last; k++)
        {
            if (turn < 0 && t[k].Key is "maar" or "gelukkig" or "toch")
            {
                turn = k;
            }
            else if (turn >= 0 && (context.Classes[k] & Words.Positive) != 0 && !s.NegatedAt(context, k, 3))
            {
                return true;
            }
        }

        return false;
    }

    // The class or the pupils as a group before the attribute: a class word ("groep 6", "mijn klas") or a plural word for
    // pupils ("de leerlingen", "mijn kleuters", "de achtstegroepers"), not one child ("die leerling", "een kleuter").
    private static bool PupilsAsAWhole(CheckContext context, Sentence s, int until)
    {
        var t = context.Tokens;
        for (var k = s.First; k < until; k++)
        {
            if ((context.Classes[k] & Pupils) == 0)
            {
                continue;
            }

            var key = t[k].Key;
            var plural = key is "kinderen" || key.EndsWith("en", StringComparison.Ordinal) || key.EndsWith('s');
            if (plural || (context.Classes[k] & SneeredClass) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
