namespace Protocolwacht.Checks.Language;

/// <summary>
/// Splits a Dutch compound into the dictionary words it is made of ("voetbalwedstrijden" → "voetbal",
/// "wedstrijden"), with OpenTaal's word list the check already carries, so a search for one part finds the
/// compound. A split counts only when both sides are words (the head may end in a linking s or e, as in
/// "verjaardagsfeest"); parts shorter than three letters are not split off. Input and output are folded
/// (lower case, no diacritics, letters only).
/// </summary>
public static class CompoundWords
{
    private const int MinPart = 3;
    private const int MinCompound = 2 * MinPart;

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

    private static void Split(string word, List<string> parts, int depth)
    {
        if (word.Length < MinCompound || depth > 2)
        {
            return;
        }

        for (var i = MinPart; i <= word.Length - MinPart; i++)
        {
            var tail = word[i..];
            if (!DictionaryWords.IsWordOrInflection(tail) || !IsHead(word[..i], out var head))
            {
                continue;
            }

            Add(parts, head);
            Add(parts, tail);
            Split(tail, parts, depth + 1);
        }
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
