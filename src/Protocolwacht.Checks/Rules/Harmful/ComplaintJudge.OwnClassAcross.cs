namespace Protocolwacht.Checks.Rules.Harmful;

// The own class pointed at in one sentence and sneered at in the same or the next: "Wat een groep vandaag! Druk, onrustig,
// geen land mee te bezeilen", "Maandag weer met mijn klas. Deze groep is echt niet te doen", "die groep van mij luistert
// nergens naar", "mijn groep 7 is de onrustigste klas die ik ooit had". The exclamation "wat een klas/groep" is the
// teacher's own class (convention 3's "the author's own class"); "deze groep" or a sentence opening with "ze" after "mijn
// klas" points back to it. Praise in the sentence ("wat een groep, trots!") is the warm way teachers talk.
internal static partial class ComplaintJudge
{
    // The masks are read here, not from another file's fields (SchoolJudgeMaskTests).
    private static readonly ClassMask Unruly = Language.WordClasses.Default.Mask("unruly");
    private static readonly ClassMask OwnClassWord = Language.WordClasses.Default.Mask("class-group") | Language.WordClasses.Default.Mask("pupil");
    private static readonly ClassMask Fed = Language.WordClasses.Default.Mask("exasperation");

    private static (int, int)? OwnClassAcross(CheckContext context, List<Sentence> sentences)
    {
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var pointed = Exclaimed(context, s) || OwnClassAt(context, s) >= 0 || (si > 0 && OwnClassAt(context, sentences[si - 1]) >= 0 && PointsBack(context, s));
            if (!pointed)
            {
                continue;
            }

            for (var sj = si; sj <= Math.Min(sentences.Count - 1, si + 1); sj++)
            {
                if (Warm(context, sentences[sj]))
                {
                    break;
                }

                if (Unteachable(context, sentences[sj]))
                {
                    return (s.First, sentences[sj].Last);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an insult found in a sentence is a sneer at the author's own class: a negative attribute ("mijn leerlingen
    /// zijn hopeloos"), no insult noun, curse or animal, in a sentence that names the own class. Convention 7 makes that a
    /// complaint (doubt), not name-calling (block).
    /// </summary>
    public static bool OfOwnClass(CheckContext context, List<Sentence> sentences, (int First, int Last) insult)
    {
        var s = Sentence.Containing(sentences, insult.First);
        if (s.Last < 0 || OwnClassAt(context, s) < 0)
        {
            return false;
        }

        var c = context.Classes;
        var attribute = false;
        for (var k = insult.First; k <= insult.Last; k++)
        {
            if ((c[k] & (Words.Insulting | Words.Curse | Words.Animal)) != 0)
            {
                return false;
            }

            attribute |= (c[k] & (Words.NegativeAttribute | Unruly)) != 0;
        }

        return attribute;
    }

    // "druk bezig", "een drukke week": busy, not unruly.
    private static bool Busy(CheckContext context, Sentence s, int k) =>
        context.Tokens[k].Key is "druk" or "drukke" && k < s.Last && context.Tokens[k + 1].Key is "bezig" or "met" or "week" or "dag" or "tijd" or "periode" or "programma";

    // "Wat een groep!", "Wat een klas vandaag": the exclamation opening the sentence.
    private static bool Exclaimed(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        return s.First + 2 <= s.Last && t[s.First].Key == "wat" && t[s.First + 1].Key == "een" && (context.Classes[s.First + 2] & OwnClassWord) != 0;
    }

    // "Deze groep …", "Die klas …", "Ze …" opening the sentence after the own class.
    private static bool PointsBack(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var first = t[s.First].Key;
        return first is "ze" or "zij" || (first is "deze" or "die" && s.First < s.Last && (context.Classes[s.First + 1] & OwnClassWord) != 0);
    }

    // An unruly word not negated, exasperation, or a phrase of a class no one can teach: "niet te doen/houden/harden",
    // "luistert nergens naar", "geen land mee te bezeilen".
    private static bool Unteachable(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First; k <= s.Last; k++)
        {
            if (((c[k] & Unruly) != 0 && !s.NegatedAt(context, k, 3) && !Busy(context, s, k)) || ((c[k] & Fed) != 0 && !(k < s.Last && t[k + 1].Key == "op")))
            {
                return true;
            }

            // "niet te houden van enthousiasme": overflowing with something, not unruly.
            if (k + 2 <= s.Last && t[k].Key == "niet" && t[k + 1].Key == "te" && t[k + 2].Key is "doen" or "houden" or "harden"
                && !(k + 3 <= s.Last && t[k + 3].Key == "van"))
            {
                return true;
            }

            if ((k < s.Last && t[k].Key == "nergens" && t[k + 1].Key == "naar") || t[k].Key == "bezeilen")
            {
                return true;
            }
        }

        return false;
    }
}
