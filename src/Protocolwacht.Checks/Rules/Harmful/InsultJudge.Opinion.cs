namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-third pass: counter-speech that calls an opinion stupid. "Wat een achterlijke opvatting", "die uitspraak is
// idioot", "zijn reactie … was achterlijk": a negative word said of an `opinion-noun` evaluates what was said or thought,
// not a person, so it is no insult (nor, after a group named before, hate). "Die vader met zijn mening is idioot" says it
// of the father (the subject is the person) and stays an insult.
internal static partial class InsultJudge
{
    private static readonly ClassMask WorkOrTitle = Language.WordClasses.Default.Mask("creative-work") | Language.WordClasses.Default.Mask("title-cue");

    /// <summary>
    /// The opinion noun the word at <paramref name="k"/> evaluates: the noun right after it ("idiote uitspraak"), or the
    /// subject its sentence opens with ("Dat standpunt … is idioot"); -1 if none.
    /// </summary>
    public static int OpinionEvaluated(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        // "een stomme opmerking van die vader": the remark of a person named after it is said of that person (the lexicon's
        // insult-adj line on remarks "van" a school person).
        // Thirty-eighth pass (school34): a work or a title is judged as an opinion is ("die idiote titels van tegenwoordig",
        // "wat een stomme film"): the word evaluates the work, not its maker.
        if (k + 1 <= s.Last && (c[k + 1] & (Words.OpinionNoun | WorkOrTitle)) != 0)
        {
            return k + 3 <= s.Last && context.Tokens[k + 2].Key == "van" && ((c[k + 3] & Words.Target) != 0 || (k + 4 <= s.Last && (c[k + 4] & Words.Target) != 0)) ? -1 : k + 1;
        }

        // "die achterlijke vader": the word describes the person after it, whatever the sentence opens with.
        if (k + 1 <= s.Last && (c[k + 1] & Words.Target) != 0)
        {
            return -1;
        }

        var m = s.First;
        while (m < k && context.Tokens[m].Key is "die" or "dat" or "deze" or "dit" or "de" or "het" or "zijn" or "haar" or "hun" or "jouw" or "je" or "zo" or "n" or "wat" or "een")
        {
            m++;
        }

        if (m >= k || (c[m] & Words.OpinionNoun) == 0)
        {
            return -1;
        }

        // "Die mening van die vader is dom" is still said of the opinion; a person between ("die mening heeft een vader
        // die dom is") may be the one meant, so only a group (the topic of the opinion) may stand between.
        for (var j = m + 1; j < k; j++)
        {
            if ((c[j] & (Words.SchoolPerson | Words.Person)) != 0)
            {
                return -1;
            }
        }

        return m;
    }

    // "waren verkleed als dieren": "als" between a copula and the word, in a sentence of dressing up, is a costume.
    private static bool AsBetween(CheckContext context, int j, int k)
    {
        for (var m = j + 1; m < k; m++)
        {
            if (context.Tokens[m].Key == "als")
            {
                return true;
            }
        }

        return false;
    }
}
