using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Thirty-fifth pass (hate31): a post that affirms a group's kind ("Transvrouwen zijn echte vrouwen en verdienen respect",
/// "Homo's zijn gewone mensen"): a group, a copula, an affirming word (class `affirmed-kind`) and a person or group noun,
/// with no negation, insult, slur, curse, animal or dehumanising word anywhere in the post. The learned second opinion sees
/// only adjacent pairs: "zijn echte vrouwen" shares "echte vrouwen" and the class pair of "echt" (belonging, quantifier)
/// and a group with the training's "zijn geen echte vrouwen", whose "geen" no pair of "echte vrouwen" holds, and doubted it.
/// The rules read the whole statement, so <see cref="Learning.SecondOpinion"/> adds no harmful doubt where this holds.
/// </summary>
internal static class GroupAffirmed
{
    private static readonly ClassMask Hostile = Words.Negation | Words.InsultNoun | Words.Slur | Words.Dehumanising
        | Words.NegativeAttribute | Words.Curse | Words.Animal | Words.HateEmotion;

    private static readonly ClassMask Kind = WordClasses.Default.Mask("affirmed-kind");
    private static readonly ClassMask Noun = Words.Group | Words.Person | Words.Human;

    public static bool Holds(CheckContext context)
    {
        if ((context.PostClasses & Words.Group) == 0 || (context.PostClasses & Hostile) != 0)
        {
            return false;
        }

        var (t, c) = (context.Tokens, context.Classes);
        for (var k = 0; k + 3 < t.Count; k++)
        {
            if ((c[k] & Words.Group) != 0 && (c[k + 1] & Words.Copula) != 0 && (c[k + 2] & Kind) != 0 && (c[k + 3] & Noun) != 0
                && t[k].Sentence == t[k + 3].Sentence)
            {
                return true;
            }
        }

        return false;
    }
}
