namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Stop 54 (lead): a word for an animal of any kind ("beest", "dier"; `animal-hypernym`) after an animal people keep was
/// named in the same or the previous sentence ("Mijn buurman heeft een nieuwe kat. Prachtig beest.") points back at that
/// animal: it calls no person, and no group, an animal. A person between the two ("Mijn buurman heeft een kat. Die man
/// is een beest.") takes the word back: walking back from the animal word, whichever comes first is its referent.
/// </summary>
internal static class AnimalReferent
{
    public static bool PointsBack(CheckContext context, List<Sentence> sentences, int si, int k)
    {
        var c = context.Classes;
        if ((c[k] & Words.AnimalHypernym) == 0)
        {
            return false;
        }

        var first = si > 0 ? sentences[si - 1].First : sentences[si].First;
        for (var j = k - 1; j >= first; j--)
        {
            if ((c[j] & (Words.Target | Words.ThirdPerson)) != 0 && (c[j] & Words.KeptAnimal) == 0 && !Adjective(context, j, k))
            {
                return false;
            }

            if ((c[j] & Words.KeptAnimal) != 0 && !(j + 1 < k && context.Tokens[j + 1].Key == "van"))
            {
                return true;
            }
        }

        return false;
    }

    // "een Turkse Van", "die Perzische": a group word inflected as an adjective before another word names the breed or
    // origin of what follows, no person.
    private static bool Adjective(CheckContext context, int j, int k)
    {
        var key = context.Tokens[j].Key;
        return (context.Classes[j] & Words.Group) != 0 && j + 1 < k && !context.ClauseBreakBetween(j, j + 1)
            && (key.EndsWith('e') || key.EndsWith("isch", StringComparison.Ordinal));
    }
}
