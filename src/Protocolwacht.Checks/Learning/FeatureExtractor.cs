using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Learning;

/// <summary>
/// Turns the check's own analysis of a post into hashed features for the learned second opinion: folded
/// words and adjacent word pairs, the word classes of every word (so an unseen vermin word shares a feature
/// with "ratten"), adjacent class pairs, polarity counts, people and address, the account, the rule findings,
/// and letter 3–5-grams of words the dictionary does not know (spelling variants). One extractor serves the
/// training tool and the checker, so both see the same features.
/// </summary>
internal static class FeatureExtractor
{
    private static readonly ClassMask Negative = WordClasses.Default.Mask("negative");
    private static readonly ClassMask Positive = WordClasses.Default.Mask("positive");
    // Twenty-seventh pass (hate23): a vice denied ("zijn totaal geen profiteurs") is read as its own word, without the
    // classes of the vice, so the model does not weigh it as the insult it denies (the rules read it so too).
    private static readonly ClassMask Vice = Rules.Harmful.Words.InsultNoun | Rules.Harmful.Words.NegativeAttribute | Rules.Harmful.Words.Dehumanising;
    private static readonly int[] ClassSlots = [.. WordClasses.Default.Names.Select(n => FeatureHash.Of("c", n))];

    // The slot of every ordered pair of classes, computed once: a pair per set class bit of two neighbouring words
    // is most of what the second opinion costs per word. A row per class in use, not per bit the mask could hold: at
    // 512 bits a row per bit was a megabyte made at start-up, mostly of pairs no word has.
    private static readonly int PairRow = WordClasses.Default.Names.Count;
    private static readonly int[] ClassPairSlots = ClassPairs(WordClasses.Default.Names);

    // A plain word's answer was looked up with its classes (see PlainWord); other tokens ask the dictionary.
    private static bool IsDictionaryWord(CheckContext context, int index) =>
        context.PlainWordAt(index) is { } plain ? plain.IsDictionaryWord : DictionaryWords.IsWordOrInflection(context.Tokens[index].Key);

    public static PostFeatures Extract(CheckContext context, IReadOnlyList<Finding> findings)
    {
        var tokens = context.Tokens;
        // Slots are gathered into a bitmap that reads them out distinct and ascending (SlotSet says why).
        var slots = SlotSet.ForThisThread();
        var classes = context.Classes;
        int negative = 0, positive = 0;
        ClassMask mentioned = 0;

        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            var denied = (classes[i] & Vice) != 0 && DeniedVice(context, i);
            slots.Add(denied ? FeatureHash.Of("w", "geen " + key) : FeatureHash.Of("w", key));
            AddClasses(slots, denied ? classes[i] & ~Vice : classes[i]);
            mentioned |= classes[i];
            negative += (classes[i] & Negative) != 0 ? 1 : 0;
            positive += (classes[i] & Positive) != 0 ? 1 : 0;
            if (classes[i] == 0 && key.Length >= 5 && tokens[i].Has(Normalisation.TokenFlags.Letters) && !IsDictionaryWord(context, i))
            {
                AddLetterGrams(slots, key);
            }

            if (i + 1 < tokens.Count && tokens[i + 1].Sentence == tokens[i].Sentence)
            {
                slots.Add(FeatureHash.Of("b", key, tokens[i + 1].Key));
                AddClassPairs(slots, classes[i], classes[i + 1]);
            }
        }

        slots.Add(FeatureHash.Of("neg", Bucket(negative)));
        slots.Add(FeatureHash.Of("pos", Bucket(positive)));
        slots.Add(FeatureHash.Of("account", context.Request.Account.Kind.ToString()));
        slots.Add(FeatureHash.Of("people", context.People.Count == 0 ? "none" : "some"));
        if (context.Request.ReplyTo is not null)
        {
            slots.Add(FeatureHash.Of("reply", context.Request.ReplyTo.Role.ToString()));
        }

        foreach (var finding in findings)
        {
            slots.Add(FeatureHash.Of("finding", finding.Category + "/" + finding.Severity));
        }

        return new PostFeatures(slots.TakeAscending(), new TokenWords(tokens), mentioned);
    }

    // A negation up to three words before the vice in its sentence and clause (Rules.Harmful.InsultJudge.Denied).
    private static bool DeniedVice(CheckContext context, int i)
    {
        var first = i;
        while (first > 0 && first > i - 3 && context.Tokens[first - 1].Sentence == context.Tokens[i].Sentence)
        {
            first--;
        }

        return Rules.Harmful.InsultJudge.Denied(context, new Rules.Harmful.Sentence(first, i), i);
    }

    private static void AddClasses(SlotSet slots, in ClassMask mask)
    {
        foreach (var id in mask.SetBitIds())
        {
            slots.Add(ClassSlots[id]);
        }
    }

    // Every class of the left word with every class of the right one; only the set bits are visited (a word has a
    // few of all the classes).
    private static void AddClassPairs(SlotSet slots, in ClassMask left, in ClassMask right)
    {
        if (right == 0)
        {
            return;
        }

        foreach (var a in left.SetBitIds())
        {
            var row = a * PairRow;
            foreach (var b in right.SetBitIds())
            {
                slots.Add(ClassPairSlots[row + b]);
            }
        }
    }

    private static int[] ClassPairs(IReadOnlyList<string> names)
    {
        var pairs = new int[names.Count * names.Count];
        for (var a = 0; a < names.Count; a++)
        {
            for (var b = 0; b < names.Count; b++)
            {
                pairs[a * names.Count + b] = FeatureHash.Of("cc", names[a], names[b]);
            }
        }

        return pairs;
    }

    private static void AddLetterGrams(SlotSet slots, string key)
    {
        var padded = "<" + key + ">";
        for (var n = 3; n <= 5; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                slots.Add(FeatureHash.Of("g", padded.AsSpan(i, n)));
            }
        }
    }

    private static string Bucket(int count) => count switch { 0 => "0", 1 => "1", 2 => "2", _ => "3+" };
}
