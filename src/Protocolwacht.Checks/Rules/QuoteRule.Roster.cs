using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules;

// Words attributed to someone on the roster: named by the same word as a quote cue, before or after the quote, credited
// after a quote frame, or signing it (split from QuoteRule.cs, which had grown past one idea).
internal sealed partial class QuoteRule
{
    private bool RosterNamedFromTheSameWord(CheckContext context, List<LexiconMatch> matches, LexiconMatch m)
    {
        foreach (var other in matches)
        {
            if (other.First == m.First && other.Last > m.Last && other.Entry.Tag == "famous" && (RosterNamed(context, other) || CreditedToRosterAfter(context, other)))
            {
                return true;
            }
        }

        return false;
    }

    // A saying attributed to someone on the roster: by full name (a roster mention), or by a first name of the roster
    // standing alone, capitalised and without a surname right after it, within two words of the attribution ("Zoals Karin zei",
    // "Noor zei het al", "in de woorden van Fatima"). "Zoals Maria Montessori zei" has a surname; the organisation's
    // people are known only when it is passed in.
    private bool RosterNamed(CheckContext context, LexiconMatch m)
    {
        var t = context.Tokens;
        var sentence = t[m.First].Sentence;
        var first = Math.Max(0, m.First - 2);
        var last = Math.Min(t.Count - 1, m.Last + 2);
        if (context.PersonStartsIn(first, last))
        {
            return true;
        }

        for (var i = first; i <= last; i++)
        {
            if (t[i].Sentence == sentence && RosterFirstNameAlone(context, i))
            {
                return true;
            }
        }

        return false;
    }

    // A first name of the roster, capitalised and without a surname right after it.
    private bool RosterFirstNameAlone(CheckContext context, int i)
    {
        var t = context.Tokens;
        return t[i].Has(TokenFlags.Capitalised) && resources.Roster.IsFirstName(t[i].Key)
            && (i + 1 >= t.Count || t[i + 1].Sentence != t[i].Sentence || !t[i + 1].Has(TokenFlags.Capitalised) || !Adjacent(context.Text.Folded, t[i].End, t[i + 1].Start));
    }

    // Thirtieth pass (rules26): "Citaat van de dag, van onze Noor:", "Quote van de week, van mijn collega Eva": the frame
    // credits someone on the roster by a second "van" within five words after it, with the first name within three words of
    // that "van" (a possessive or a role may stand between). "Citaat van de dag, van Johan Cruijff" has a surname.
    private bool CreditedToRosterAfter(CheckContext context, LexiconMatch m)
    {
        var t = context.Tokens;
        var sentence = t[m.Last].Sentence;
        for (var k = m.Last + 1; k < t.Count && k <= m.Last + 5 && t[k].Sentence == sentence; k++)
        {
            if (t[k].Key != "van")
            {
                continue;
            }

            for (var i = k + 1; i < t.Count && i <= k + 3 && t[i].Sentence == sentence; i++)
            {
                if (context.PersonStartsAt(i) || RosterFirstNameAlone(context, i))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Twenty-eighth pass (rules24): "'Opvoeden doe je samen.' — Jeroen, op de ouderavond": a quote signed with a dash by a
    // first name of the roster standing alone; "— Kees Boeke" has a surname, "— Maria Montessori" is no one on the roster.
    private bool SignedByRosterName(CheckContext context, int close)
    {
        var folded = context.Text.Folded;
        var t = context.Tokens;
        var dash = false;
        var i = close + 1;
        for (; i < folded.Length && i - close <= 6 && folded[i] is ' ' or '-' or '\u2013' or '\u2014'; i++)
        {
            dash |= folded[i] != ' ';
        }

        if (!dash)
        {
            return false;
        }

        var k = TokenAt(context, i);
        return k >= 0 && t[k].Start == i && t[k].Has(TokenFlags.Capitalised) && resources.Roster.IsFirstName(t[k].Key)
            && (k + 1 >= t.Count || !t[k + 1].Has(TokenFlags.Capitalised) || !Adjacent(folded, t[k].End, t[k + 1].Start));
    }

    // "Jeroen: 'Elke …'": a surname follows its first name after a space only.
    private static bool Adjacent(string folded, int end, int start)
    {
        for (var i = end; i < start && i < folded.Length; i++)
        {
            if (folded[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
