using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.PersonalData;

/// <summary>
/// A date of birth: a full date (day, month, year) in the same sentence as "geboren", "geboortedatum"
/// or "geb.", or a birthday ("jarig", "verjaardag", "30 jaar jong") of a person (a personal pronoun in the
/// sentence or the one before: a school's birthday is no one's date of birth).
/// </summary>
internal static class BirthDateScanner
{
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    };

    // Asked of every token of every post: a pattern on the key, which the compiler tells apart by its length and a letter,
    // not a HashSet<string> that hashed each key (0.5 % of a batch's processor time, perf29).
    private static bool IsMarker(string key) => key is "geboren" or "geboortedatum" or "geb" or "geboortedag";

    private static bool IsBirthday(string key) => key is "jarig" or "verjaardag";

    private static readonly HashSet<string> Personal = new(StringComparer.Ordinal) { "ik", "mijn", "me", "mij", "word", "hij", "zij", "ze", "haar", "zijn", "jij", "je", "jouw" };

    public static void Scan(string folded, List<Token> tokens, List<Candidate> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            var sentence = tokens[i].Sentence;
            // "30 jaar jong" is someone's age; "jarig" and "verjaardag" need a person ("ik", "haar") around them.
            var age = key == "jong" && i > 0 && tokens[i - 1].Key == "jaar";
            var exclaimed = IsBirthday(key) && Alone(tokens, i) && !OrganisationIn(tokens, sentence + 1);
            if (!IsMarker(key) && !age && !(IsBirthday(key) && (exclaimed || AboutAPerson(tokens, sentence))))
            {
                continue;
            }

            for (var k = Math.Max(0, i - 8); k < Math.Min(tokens.Count, i + 10); k++)
            {
                // Stop 57 (lead): "Jarig! 14-03-1991, en nog steeds …": a birthday exclaimed on its own is the author's, and the
                // date that opens the next sentence is theirs.
                var opensNext = exclaimed && tokens[k].Sentence == sentence + 1 && (k == 0 || tokens[k - 1].Sentence != tokens[k].Sentence);
                if (tokens[k].Sentence != sentence && !opensNext)
                {
                    continue;
                }

                var date = DateAt(folded, tokens, k);
                if (date > k)
                {
                    found.Add(new Candidate(CandidateKind.BirthDate, tokens[k].Start, tokens[date].End, folded[tokens[k].Start..tokens[date].End]));
                    return;
                }
            }
        }
    }

    // "Jarig! Op 01-09-1976 werd onze school geopend": the birthday of the school or the organisation, not of a person.
    private static readonly ClassMask Organisation = Language.WordClasses.Default.Mask("organisation-target") | Language.WordClasses.Default.Mask("school-facility");

    private static bool OrganisationIn(List<Token> tokens, int sentence)
    {
        foreach (var t in tokens)
        {
            if (t.Sentence == sentence && (Language.WordClasses.Default.Of(t.Key) & Organisation) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The birthday word is its sentence's only word ("Jarig!").
    private static bool Alone(List<Token> tokens, int i) =>
        (i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence) && (i + 1 == tokens.Count || tokens[i + 1].Sentence != tokens[i].Sentence);

    private static bool AboutAPerson(List<Token> tokens, int sentence) =>
        tokens.Exists(t => (t.Sentence == sentence || t.Sentence == sentence - 1) && Personal.Contains(t.Key));

    // Returns the index of the last token of a full date starting at k, or -1.
    private static int DateAt(string folded, List<Token> tokens, int k)
    {
        if (!IsNumber(tokens[k].Key, 1, 31))
        {
            return -1;
        }

        if (k + 2 < tokens.Count && Months.Contains(tokens[k + 1].Key) && IsNumber(tokens[k + 2].Key, 1900, 2100))
        {
            return k + 2;
        }

        // 03-04-2017, 3/4/2017, 3.4.2017
        if (k + 2 < tokens.Count && IsNumber(tokens[k + 1].Key, 1, 12) && IsNumber(tokens[k + 2].Key, 1900, 2100)
            && tokens[k + 1].Start - tokens[k].End == 1 && folded[tokens[k].End] is '-' or '/' or '.')
        {
            return k + 2;
        }

        return -1;
    }

    private static bool IsNumber(string key, int min, int max) =>
        key.Length is > 0 and <= 4 && key.All(char.IsAsciiDigit) && int.Parse(key, System.Globalization.CultureInfo.InvariantCulture) is var n && n >= min && n <= max;
}
