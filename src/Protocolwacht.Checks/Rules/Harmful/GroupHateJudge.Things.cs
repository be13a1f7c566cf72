namespace Protocolwacht.Checks.Rules.Harmful;

// A group adjective names people only before a person, a people or a plural ("Poolse mannen", "de Turkse
// gemeenschap", "Franse kinderen"); before a singular thing it describes the thing ("Turkse pizza is smerig", "de
// Franse les", "mijn Duitse auto"). So the -e adjectives of nationalities can be group words without making every
// dish, lesson or car a remark about people. The uninflected -isch form goes before a neuter thing ("Belgisch bier is
// vies", "Afrikaans eten"): as with "-e", the noun after it decides.
internal static partial class GroupHateJudge
{
    private static readonly HashSet<string> FunctionWord =
    [
        "van", "uit", "met", "die", "dat", "deze", "is", "was", "en", "of", "in", "op", "bij", "aan", "voor", "naar", "zijn", "heeft",
        "had", "wordt", "werd", "kan", "kon", "wil", "moet", "mag", "zegt", "zei", "niet", "nooit", "ook", "nog", "al", "wel", "toch",
        "maar", "hier", "daar", "zo", "die", "als", "te", "om", "door", "over", "tegen",
    ];

    // Also asked by the insult judge: "Turkse pizza is smerig" says nothing of a person.
    internal static bool ThingDescribed(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if ((c[group] & Words.Group) == 0 || (c[group] & Words.Slur) != 0 || !(t[group].Key.EndsWith('e') || t[group].Key.EndsWith("isch", StringComparison.Ordinal)) || group >= s.Last
            || context.ClauseBreakBetween(group, group + 1))
        {
            return false;
        }

        var noun = t[group + 1].Key;
        var people = Words.Target | Words.PeopleCollective | Words.Insulting | Words.NegativeAttribute | Words.InsultInContext | Words.Nuisance
            | Words.Negative | Words.Curse | Words.Animal | Words.Predator | Words.Burden;
        if ((c[group + 1] & people) != 0 || noun.Length < 3 || FunctionWord.Contains(noun) || !noun.All(char.IsLetter))
        {
            return false;
        }

        // A plural names people: "-en", "-s", or "pizza's" (an apostrophe splits off the s).
        // Thirty-fourth pass (hate30): "het Turkse eten", "de Poolse keuken": after "het" the noun is singular, and a noun in
        // "-en" is a plural only when a singular of it is a word ("vrouwen", "mannen", "bomen"; not "keuken", "eten").
        var plural = (Language.DictionaryWords.IsPluralInEn(noun) && !Neuter(context, s, group))
            || noun.EndsWith('s') || (group + 2 <= s.Last && t[group + 2].Key == "s");
        // Twenty-second pass: a colour before a noun of no people describes a thing, plural or not ("zwarte vlekjes").
        return !plural || (c[group] & Words.Colour) != 0;
    }

    private static bool Neuter(CheckContext context, Sentence s, int group) =>
        group > s.First && context.Tokens[group - 1].Key is "het" or "dit" or "ons" or "een";
}
