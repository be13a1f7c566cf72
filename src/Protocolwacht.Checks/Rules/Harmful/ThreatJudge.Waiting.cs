namespace Protocolwacht.Checks.Rules.Harmful;

// Eighteenth pass: lying in wait. The author will be at the addressee's place soon ("Vanavond sta ik bij je aan de deur",
// "Binnenkort ben ik bij je op kantoor, en niet om koffie te drinken", "Ik zit vannacht voor je huis te wachten") or waiting
// for them ("Ik sta morgen na school bij het hek op je te wachten"), with no purpose, gift or company that makes it a visit
// ("om de laptops te installeren", "met een taart", "dan rijden we samen"), no praise or thanks, and not asked.
internal static partial class ThreatJudge
{
    private static bool LyingInWait(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        if (!s.Has(c, Words.FirstPerson) || !Soon(context, s) || Asked(context, s) || ReportedSpeech.ByOther(context, s.Last)
            || s.Has(c, Words.Positive | Words.Gratitude | Words.Errand | Words.HelpGiven))
        {
            return false;
        }

        for (var k = s.First; k + 1 <= s.Last; k++)
        {
            if ((AtTheirPlace(context, s, k) || WaitingFor(context, s, k)) && !Purposed(context, s))
            {
                return true;
            }
        }

        return false;
    }

    // "bij je aan de deur", "bij jou op je werk", "bij je thuis": with the addressee, at a place of theirs.
    private static bool AtTheirPlace(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        return k + 2 <= s.Last && t[k].Key == "bij" && t[k + 1].Key is "je" or "jou" or "jullie" && !context.ClauseBreakBetween(k, k + 2)
            && ((context.Classes[k + 2] & Words.Particle) != 0 || t[k + 2].Key == "thuis");
    }

    // "op je te wachten", "op hem staan te wachten", "voor je huis te wachten": waiting for the addressee or at their door.
    private static bool WaitingFor(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var waited = t[k].Key == "op" && t[k + 1].Key is "je" or "jou" or "jullie" or "hem" or "haar";
        var atTheirs = t[k].Key == "voor" && t[k + 1].Key is "je" or "jouw" or "jullie";
        if (!waited && !atTheirs)
        {
            return false;
        }

        for (var j = k + 2; j <= Math.Min(s.Last, k + 4) && !context.ClauseBreakBetween(k, j); j++)
        {
            if (t[j].Key == "wachten")
            {
                return true;
            }
        }

        return false;
    }

    // "om … te …" (not "niet om …"), "met een/de …", "samen": the visit has a purpose, a gift or company.
    private static bool Purposed(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            if ((t[j].Key == "om" && (j == s.First || t[j - 1].Key != "niet") && InfinitiveAfter(context, s, j)) || t[j].Key == "samen"
                || (t[j].Key == "met" && j + 1 <= s.Last && t[j + 1].Key is "een" or "de" or "het" or "mijn" or "onze"))
            {
                return true;
            }
        }

        return false;
    }

    // "om koffie te drinken" is a purpose; "om acht uur" is a time, which makes the visit no kinder.
    private static bool InfinitiveAfter(CheckContext context, Sentence s, int om)
    {
        var t = context.Tokens;
        for (var m = om + 1; m <= Math.Min(s.Last, om + 6) && !context.ClauseBreakBetween(om, m); m++)
        {
            if (t[m].Key == "te")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Asked(CheckContext context, Sentence s) =>
        context.Text.Folded.AsSpan(context.Tokens[s.Last].End, Math.Min(context.Text.Folded.Length, context.Tokens[s.Last].End + 2) - context.Tokens[s.Last].End).Contains('?');
}
