namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// A title written without quotation marks: "de film Sukkels op de camping", "lees De idioot van Dostojevski", "Tip voor
/// de boekenclub: De slet van Kerkdorp". Right after a word for a work or a reading verb (<c>title-cue</c>,
/// <c>creative-work</c>, <c>fiction</c>), or after a colon that such a word announces, a word with a capital letter opens
/// a title; a word in its first few words names the work, it judges no one.
/// </summary>
internal static class UnquotedTitle
{
    // Dutch titles capitalise their first word only, so the title's extent is guessed: the opening word and a few after it.
    private const int Reach = 4;

    // A colon announces a title when a cue stands in the clause before it, at most this many words back ("Liedje van de
    // week in groep 6: …").
    private const int ColonReach = 8;

    // The items of a numbered list after its colon, read this many words on.
    private const int ListReach = 40;

    private static readonly ClassMask Cue = Language.WordClasses.Default.Mask("title-cue") | Language.WordClasses.Default.Mask("creative-work") | Words.Fiction;

    /// <summary>True when token <paramref name="k"/> stands in the first words of a title opened after a cue.</summary>
    public static bool Contains(CheckContext context, Sentence s, int k)
    {
        for (var start = k; start >= s.First && start >= k - Reach; start--)
        {
            if (start < k && context.ClauseBreakBetween(start, k))
            {
                return false;
            }

            if (Capitalised(context, start) && (start > s.First ? Announced(context, s, start) : ListItem(context, start)))
            {
                return true;
            }
        }

        return false;
    }

    // The word before the title's first word is a cue ("de film Sukkels"), or a colon follows a clause with a cue in its
    // last eight words ("Tip voor de boekenclub: De …"); a verb of saying before the colon makes the rest someone's words.
    private static bool Announced(CheckContext context, Sentence s, int start)
    {
        var c = context.Classes;
        var before = start - 1;
        if (!context.ClauseBreakBetween(before, start))
        {
            return (c[before] & Cue) != 0;
        }

        if (!context.Text.Folded.AsSpan(context.Tokens[before].End, context.Tokens[start].Start - context.Tokens[before].End).Contains(':'))
        {
            return false;
        }

        for (var j = before; j >= s.First && j >= before - ColonReach && (j == before || !context.ClauseBreakBetween(j, before)); j--)
        {
            if ((c[j] & Words.ClaimVerb) != 0)
            {
                return false;
            }

            if ((c[j] & Cue) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Programma van de bonte avond: 1. De domme ezel, 2. Klotezooi …": an item of a numbered list (a number and a full stop
    // or bracket before it) whose list a colon announced, with a cue in the words before that colon.
    private static bool ListItem(CheckContext context, int start)
    {
        var t = context.Tokens;
        if (start < 2 || !IsNumber(t[start - 1].Key))
        {
            return false;
        }

        var folded = context.Text.Folded;
        for (var j = start - 2; j >= 0 && j >= start - ListReach; j--)
        {
            if (!folded.AsSpan(t[j].End, t[j + 1].Start - t[j].End).Contains(':'))
            {
                continue;
            }

            for (var m = j; m >= 0 && m >= j - ColonReach; m--)
            {
                if ((context.Classes[m] & Words.ClaimVerb) != 0)
                {
                    return false;
                }

                if ((context.Classes[m] & Cue) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private static bool IsNumber(string key)
    {
        foreach (var ch in key)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }
        }

        return key.Length is > 0 and < 3;
    }

    private static bool Capitalised(CheckContext context, int k)
    {
        var (first, _) = context.Text.ToOriginal(context.Tokens[k].Start, context.Tokens[k].Start + 1);
        return first < context.Request.Text.Length && char.IsUpper(context.Request.Text[first]);
    }
}
