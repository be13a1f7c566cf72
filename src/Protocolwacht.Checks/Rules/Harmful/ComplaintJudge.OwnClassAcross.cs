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
    private static readonly ClassMask UnteachableVerb = Language.WordClasses.Default.Mask("unteachable");
    private static readonly ClassMask BusySense = Language.WordClasses.Default.Mask("busy-sense");
    private static readonly ClassMask PointBack = Language.WordClasses.Default.Mask("point-back");
    private static readonly ClassMask Demonstrative = Language.WordClasses.Default.Mask("demonstrative");

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

            // The exclamation may be followed by what happened before the sneer ("Wat een klas... Twee uur lesgegeven en nog
            // niks af. Niet te doen."): it reaches two sentences on.
            var reach = Exclaimed(context, s) ? 2 : 1;
            for (var sj = si; sj <= Math.Min(sentences.Count - 1, si + reach); sj++)
            {
                if (Warm(context, sentences[sj]))
                {
                    break;
                }

                if (Unteachable(context, sentences[sj]) || (sj > si && RabbleExclaimed(context, sentences[sj])))
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

    // "druk bezig", "een drukke week": busy, not unruly (class busy-sense). "onmogelijk lief": an unruly word before praise
    // only makes the praise stronger.
    private static bool Busy(CheckContext context, Sentence s, int k) =>
        k < s.Last && (context.Classes[k + 1] & (BusySense | Words.Positive)) != 0;

    // The verb of such an idiom after "te" with "niet" or "geen" at most three words before ("niet vooruit te branden",
    // "geen land mee te bezeilen"), or right after "geen" ("geen beginnen aan", "geen houden aan"). "niet te houden van
    // enthousiasme" overflows with something: not unruly.
    private static bool NoOneCan(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (k < s.Last && t[k + 1].Key == "van")
        {
            return false;
        }

        if (k > s.First && t[k - 1].Key == "geen")
        {
            return true;
        }

        if (k - 2 < s.First || t[k - 1].Key != "te")
        {
            return false;
        }

        for (var j = k - 2; j >= Math.Max(s.First, k - 5); j--)
        {
            if ((context.Classes[j] & Words.Negation) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Wat een groep!", "Wat een klas vandaag": the exclamation opening the sentence.
    private static bool Exclaimed(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        return s.First + 2 <= s.Last && t[s.First].Key == "wat" && t[s.First + 1].Key == "een" && (context.Classes[s.First + 2] & OwnClassWord) != 0;
    }

    // Stop 56 (lead): "Mijn klas heeft nergens zin in. Wat een luie bende.": scorn for a group as a whole exclaimed after the
    // own class ("wat een (luie) bende.", "wat een zooitje.") sneers at it when the scornful word ends the sentence; "wat
    // een stelletje toppers" takes its meaning from the noun after it, "wat een bende in het lokaal" speaks of the room,
    // and an attribute that is not negative ("wat een gezellige bende") is the warm way teachers talk.
    private static bool RabbleExclaimed(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if (s.First + 2 > s.Last || t[s.First].Key != "wat" || t[s.First + 1].Key != "een")
        {
            return false;
        }

        for (var k = s.First + 2; k <= Math.Min(s.Last, s.First + 4); k++)
        {
            if ((c[k] & Rabble) != 0)
            {
                return k == s.Last;
            }

            if ((c[k] & (Words.NegativeAttribute | Unruly)) == 0)
            {
                return false;
            }
        }

        return false;
    }

    // "Deze groep …", "Die klas …", "Ze …" opening the sentence after the own class.
    private static bool PointsBack(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        return (c[s.First] & PointBack) != 0 || ((c[s.First] & Demonstrative) != 0 && s.First < s.Last && (c[s.First + 1] & OwnClassWord) != 0);
    }

    // An unruly word not negated, exasperation, or a phrase of a class no one can teach: "niet te doen/houden/harden",
    // "niet vooruit te branden", "luistert nergens naar", "geen land mee te bezeilen", "geen beginnen aan".
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

            if ((c[k] & UnteachableVerb) != 0 && NoOneCan(context, s, k))
            {
                return true;
            }

            if (k < s.Last && t[k].Key == "nergens" && t[k + 1].Key == "naar")
            {
                return true;
            }
        }

        return false;
    }
}
