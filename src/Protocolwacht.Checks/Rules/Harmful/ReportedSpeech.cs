namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Seventeenth pass: words the sentence gives to someone else after a comma ("Ik weet waar je woont, zei mijn dochter
/// tegen de kerstman"): a verb of saying and then its subject, a person or a pronoun that is not the author. "…, zeg
/// ik je" keeps them the author's.
/// </summary>
internal static class ReportedSpeech
{
    public static bool ByOther(CheckContext context, int last)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var sentence = t[last].Sentence;
        for (var k = last + 1; k + 1 < t.Count && k <= last + 4 && t[k].Sentence == sentence; k++)
        {
            if ((c[k] & Words.ClaimVerb) == 0)
            {
                continue;
            }

            var who = k + 1;
            if (t[who].Key is "mijn" or "onze" or "de" or "die" or "haar" or "zijn" or "een" && who + 1 < t.Count)
            {
                who++;
            }

            return context.ClauseBreakBetween(last, k) && t[who].Sentence == sentence && (c[who] & Words.FirstPerson) == 0
                && ((c[who] & (Words.Kin | Words.Person | Words.SchoolPerson | Words.ThirdPerson)) != 0 || context.PersonStartsAt(who));
        }

        return false;
    }
}
