using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Rules.Harmful;

// Thirtieth pass (school26): bureaucracy told as paperwork about paperwork, a polite complaint (convention 7, doubt): "je
// moet een aanvraag indienen om een aanvraag te mogen doen", "een formulier invullen om toestemming te vragen voor het
// formulier". The same `paperwork` noun (aanvraag, formulier, handtekening, overleg …) twice in one sentence, at most
// twelve words apart, the second the purpose of the first ("om" between them, or "voor" right before the second's article),
// and leave asked for (a form of "mogen" or a `permission` word) between them or just after. Two forms for two things ("het
// formulier voor de excursie en het formulier voor de ouderbijdrage") ask no leave, and one form is a procedure.
internal static partial class ComplaintJudge
{
    private static readonly ClassMask Paperwork = Language.WordClasses.Default.Mask("paperwork");
    private static readonly ClassMask Leave = Language.WordClasses.Default.Mask("permission");

    private static (int, int)? PaperworkAboutPaperwork(CheckContext context, List<Sentence> sentences)
    {
        // Review fix (fixchecks3): the school's own account asking for a form ("Vul het formulier in om toestemming te vragen
        // voor de excursie; het formulier mag in de brievenbus") gives an instruction, not a complaint of its own.
        if ((context.PostClasses & Paperwork) == 0 || context.Request.Account.Kind == AccountKind.School)
        {
            return null;
        }

        var t = context.Tokens;
        var c = context.Classes;
        foreach (var s in sentences)
        {
            for (var k = s.First; k <= s.Last; k++)
            {
                if ((c[k] & Paperwork) == 0)
                {
                    continue;
                }

                var purpose = false;
                for (var j = k + 1; j <= s.Last && j <= k + 12; j++)
                {
                    purpose |= t[j].Key == "om" || (t[j].Key == "voor" && j + 2 <= s.Last && (c[j + 2] & Paperwork) != 0);
                    // The second noun inside the purpose clause: no clause break (";", ", en") between the two.
                    if (purpose && (c[j] & Paperwork) != 0 && SameNoun(t[k].Key, t[j].Key) && !context.ClauseBreakBetween(k, j) && LeaveAsked(context, s, k, j))
                    {
                        return (k, j);
                    }
                }
            }
        }

        return null;
    }

    // One noun in its singular or plural ("aanvraag", "aanvragen"; "formulier", "formulieren").
    private static bool SameNoun(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var stem = shorter.Length > 4 ? shorter.Length - 2 : shorter.Length;
        return longer.Length - shorter.Length <= 2 && string.CompareOrdinal(shorter, 0, longer, 0, stem) == 0;
    }

    // "te mogen doen", "of je een formulier mag invullen", "toestemming te vragen": leave asked between the two or within
    // three words after the second.
    private static bool LeaveAsked(CheckContext context, Sentence s, int first, int second)
    {
        for (var j = first + 1; j <= s.Last && j <= second + 3; j++)
        {
            if ((context.Classes[j] & Leave) != 0 || context.Tokens[j].Key is "mogen" or "mag" or "mocht" or "mochten")
            {
                return true;
            }
        }

        return false;
    }
}
