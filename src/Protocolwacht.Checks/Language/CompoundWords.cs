namespace Protocolwacht.Checks.Language;

/// <summary>
/// Splits a Dutch compound into the dictionary words it is made of ("voetbalwedstrijden" → "voetbal",
/// "wedstrijden"), with OpenTaal's word list the check already carries, so a search for one part finds the
/// compound. A split counts only when both sides are words (the head may end in a linking s or e, as in
/// "verjaardagsfeest"), or the head is a known word and the rest long enough (see <see cref="MinUnknownTail"/>);
/// parts shorter than three letters are not split off. Input and output are folded
/// (lower case, no diacritics, letters only).
/// </summary>
public static class CompoundWords
{
    private const int MinPart = 3;
    private const int MinCompound = 2 * MinPart;

    // The word list lacks many words its compound rules build ("wedstrijd", "strijd"): after a known head of
    // four letters or more, a rest of five or more counts as the second word. A stray split only adds a part
    // nobody searches for; a missed one loses a match.
    private const int MinKnownHead = 4;
    private const int MinUnknownTail = 5;

    /// <summary>The parts of <paramref name="word"/>, each once, without the word itself; empty for a simple word.</summary>
    public static IReadOnlyList<string> PartsOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = Key(word);
        var parts = new List<string>();
        Split(key, parts, depth: 0);
        parts.Remove(key);
        return parts;
    }

    /// <summary>The folded form the dictionary uses.</summary>
    public static string Key(string word) => Lexicons.Term.KeyOf(word);

    // True when word is a compound of dictionary words; its parts are added. The tail may itself be a compound:
    // the dictionary has "voetbal" but not "wedstrijd" (OpenTaal builds it from "wed" and "strijd" by its compound rules).
    private static bool Split(string word, List<string> parts, int depth)
    {
        if (word.Length < MinCompound || depth > 3)
        {
            return false;
        }

        var found = false;
        for (var i = MinPart; i <= word.Length - MinPart; i++)
        {
            if (!IsHead(word[..i], out var head))
            {
                continue;
            }

            var tail = word[i..];
            var tailParts = new List<string>();
            if (!DictionaryWords.IsWordOrInflection(tail.AsSpan()) && !Split(tail, tailParts, depth + 1) && !(head.Length >= MinKnownHead && tail.Length >= MinUnknownTail))
            {
                continue;
            }

            Add(parts, head);
            Add(parts, tail);
            tailParts.ForEach(p => Add(parts, p));
            found = true;
        }

        return found;
    }

    private static bool IsHead(string head, out string word)
    {
        word = head;
        if (DictionaryWords.Contains(head))
        {
            return true;
        }

        // A linking s or e ("verjaardag-s-feest", "pann-e-koek") belongs to neither word.
        if (head.Length > MinPart && (head[^1] == 's' || head[^1] == 'e') && DictionaryWords.Contains(head.AsSpan(0, head.Length - 1)))
        {
            word = head[..^1];
            return true;
        }

        return false;
    }

    private static void Add(List<string> parts, string part)
    {
        if (!parts.Contains(part))
        {
            parts.Add(part);
        }
    }
}
