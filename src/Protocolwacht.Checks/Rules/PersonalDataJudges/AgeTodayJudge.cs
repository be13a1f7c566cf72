namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// The author's age on a named day ("Vandaag word ik 38", "morgen word ik 60", "ik ben vandaag 29 geworden"): the day of
/// the post and the age give the date of birth, which the spec blocks for the author too (convention 12). "Vandaag word
/// ik opa" names no age, "onze school wordt vandaag 50" is not the author, "ik word morgen om 8 uur opgehaald" is a time.
/// </summary>
internal static class AgeTodayJudge
{
    public static (int First, int Last)? Find(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if (t[k].Key is not ("word" or "geworden"))
            {
                continue;
            }

            var age = t[k].Key == "word" ? AgeAfter(context, k) : AgeBefore(context, k);
            if (age >= 0 && AuthorOnADay(context, t[k].Sentence))
            {
                return (Math.Min(k, age), Math.Max(k, age));
            }
        }

        return null;
    }

    public static string Judge(string quote) =>
        $"Je noemt je leeftijd op de dag zelf ({quote}); daarmee is je geboortedatum te herleiden. Laat de leeftijd weg: {Privacy.Reason}.";

    // "word ik 38", "ik word morgen 60": the age right after the verb, the subject or a day word.
    private static int AgeAfter(CheckContext context, int k)
    {
        var t = context.Tokens;
        for (var j = k + 1; j <= k + 3 && j < t.Count && t[j].Sentence == t[k].Sentence; j++)
        {
            if (IsAge(context, j))
            {
                return j;
            }

            if (t[j].Key != "ik" && !IsDay(t[j].Key))
            {
                return -1;
            }
        }

        return -1;
    }

    // "ik ben vandaag 29 geworden", "29 jaar geworden".
    private static int AgeBefore(CheckContext context, int k)
    {
        var j = k - 1;
        if (j >= 0 && context.Tokens[j].Key == "jaar")
        {
            j--;
        }

        return j >= 0 && context.Tokens[j].Sentence == context.Tokens[k].Sentence && IsAge(context, j) ? j : -1;
    }

    // A whole number of years, not a time or an amount: the end of the clause (a comma too), "jaar" or "geworden" follows.
    private static bool IsAge(CheckContext context, int j)
    {
        var t = context.Tokens;
        if (!int.TryParse(t[j].Key, out var years) || years is < 1 or > 110)
        {
            return false;
        }

        return j + 1 >= t.Count || t[j + 1].Sentence != t[j].Sentence || t[j + 1].Key is "jaar" or "geworden" or "en" or "maar" or "dus"
            || context.Text.Folded.AsSpan(t[j].End, t[j + 1].Start - t[j].End).IndexOfAny(",;:") >= 0;
    }

    // The author ("ik") and a day that makes it a date: today, tomorrow, the day after.
    private static bool AuthorOnADay(CheckContext context, int sentence)
    {
        bool author = false, day = false;
        foreach (var token in context.Tokens)
        {
            if (token.Sentence == sentence)
            {
                author |= token.Key == "ik";
                day |= IsDay(token.Key);
            }
        }

        return author && day;
    }

    // Today, tomorrow, the day after: a day that, with an age, gives the date of birth.
    private static bool IsDay(string key) => key is "vandaag" or "morgen" or "overmorgen";
}
