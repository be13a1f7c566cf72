namespace Protocolwacht.Checks.Rules.Harmful;

// A teacher despairing of or sneering at their own class in public (convention 7: "sneers about one's own class" are
// harmful-statement doubt, not block: no one is named). "Mijn klas is hopeloos met klokkijken", "ik word gek van mijn
// groep", "die kinderen van mij luisteren nergens naar, om moedeloos van te worden", "wat een stelletje heb ik dit jaar
// in mijn klas". Praise or fondness in the sentence ("mijn groep was heerlijk druk", "gek op voetbal", "een stelletje
// toppers") is the warm way teachers talk about their class.
internal static partial class ComplaintJudge
{
    // The masks are read here, not from another file's fields: the order of static initialisers across partial files is
    // not defined (SchoolJudgeMaskTests).
    private static readonly ClassMask ClassOrPupils = Language.WordClasses.Default.Mask("class-group") | Language.WordClasses.Default.Mask("pupil")
        | Language.WordClasses.Default.Mask("class-member");
    private static readonly ClassMask OwnWord = Language.WordClasses.Default.Mask("first-possessive");
    private static readonly ClassMask ClassGroupWord = Language.WordClasses.Default.Mask("class-group");
    private static readonly ClassMask Exasperation = Language.WordClasses.Default.Mask("exasperation");
    private static readonly ClassMask Rabble = Language.WordClasses.Default.Mask("rabble");

    private static (int, int)? OwnClass(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        foreach (var s in sentences)
        {
            var own = OwnClassAt(context, s);
            if (own < 0 || Warm(context, s))
            {
                continue;
            }

            for (var k = s.First; k <= s.Last; k++)
            {
                // A negative word or a contemptuous one is said of the class in its own clause ("het is hopeloos weer, maar
                // mijn klas gaat toch naar buiten" is about the weather); despair may follow after a comma ("…, om
                // moedeloos van te worden").
                var sameClause = !context.ClauseBreakBetween(Math.Min(k, own), Math.Max(k, own));
                var sneer = ((c[k] & Words.Negative) != 0 && sameClause && !s.NegatedAt(context, k, 3) && !BodyPartNamed(context, s, k))
                    || ((c[k] & Exasperation) != 0 && !(k < s.Last && context.Tokens[k + 1].Key == "op"))
                    || ((c[k] & Rabble) != 0 && sameClause && EndsItsPhrase(context, s, k));
                if (sneer)
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // "mijn groep 8", "onze klas", "mijn leerlingen", "die kinderen van mij", "groep 8 van mij": the class or pupils the
    // author teaches.
    private static int OwnClassAt(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & ClassOrPupils) == 0)
            {
                continue;
            }

            if (k > s.First && (c[k - 1] & OwnWord) != 0)
            {
                return k;
            }

            // "Groep 5 was niet te genieten" from the teacher of group 5 (twenty-sixth pass): the author's own class by its
            // number, as convention 3 reads a first name in "the author's own class", when it opens the sentence as its
            // subject ("de ouders van groep 5", "huiswerk in groep 5" are about others and other things).
            if (k == s.First && k + 1 <= s.Last && t[k + 1].Has(Normalisation.TokenFlags.Digits) && (c[k] & ClassGroupWord) != 0
                && PersonalData.RosterIndex.AuthorsGroup(context) is { } group && t[k + 1].Key == group)
            {
                return k;
            }

            // "groep 8 van mij": the class's number may stand between.
            var after = k + 1 <= s.Last && t[k + 1].Has(Normalisation.TokenFlags.Digits) ? k + 2 : k + 1;
            if (after + 1 <= s.Last && t[after].Key == "van" && t[after + 1].Key is "mij" or "ons")
            {
                return k;
            }
        }

        return -1;
    }

    // Praise in the sentence, except "eerlijk gezegd" (a way of saying it, not praise of anyone) and relief that the week
    // or the term is over ("ik ben blij dat het weekend is", "fijn dat het bijna vakantie is").
    private static bool Warm(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & (Words.Positive | Words.Gratitude)) != 0 && !(k < s.Last && t[k + 1].Key == "gezegd") && !Relieved(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // "blij dat het weekend is": "dat" right after the word of praise and the end of the week or the term within four more.
    private static bool Relieved(CheckContext context, Sentence s, int k)
    {
        if (k + 2 > s.Last || context.Tokens[k + 1].Key != "dat")
        {
            return false;
        }

        for (var j = k + 2; j <= Math.Min(s.Last, k + 5); j++)
        {
            if ((context.Classes[j] & (CountdownEnd | Words.RoutineTime)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Wat een stelletje!", "wat een stelletje heb ik": the contempt word is the whole phrase; "een stelletje toppers" is
    // a phrase about toppers. A word the phrase could go on with is read as its noun.
    private static bool EndsItsPhrase(CheckContext context, Sentence s, int k)
    {
        if (k == s.Last)
        {
            return true;
        }

        var next = context.Tokens[k + 1].Key;
        return next is "heb" or "hebben" or "had" or "is" or "zijn" or "was" or "waren" or "in" or "bij" or "zeg" or "hoor" or "dit" or "dat" or "daar" or "hier" or "van" or "die" or "zitten" or "zit";
    }
}
