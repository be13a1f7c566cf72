namespace Protocolwacht.Checks.Language;

// Compounds: a word no class knows read by its parts. The last part carries the meaning ("zigeunertuig"); a swear stem
// as the first part makes the whole a swear word only before a Dutch word ("kutweer", not "Kutaisi").
internal sealed partial class TokenClassifier
{
    // A dictionary word, or an inflection of one long enough not to be a stray ending ("kak-elen" is no compound).
    private static bool IsHead(ReadOnlySpan<char> part) =>
        part.Length >= 3 && (DictionaryWords.Contains(part) || (part.Length >= 5 && DictionaryWords.IsWordOrInflection(part)));

    /// <summary>The classes of a compound word, or 0 when it is none the check knows.</summary>
    public ClassMask Compound(string key)
    {
        if (!_curseInitials.Contains(key[0]))
        {
            return Head(key);
        }

        foreach (var (stem, curse) in _curses)
        {
            if (key.Length - stem.Length >= 3 && key.StartsWith(stem, StringComparison.Ordinal))
            {
                var head = key.AsSpan(LinkingN(key, stem, curse) ? stem.Length + 1 : stem.Length);
                var headMask = _classes.Of(head) & _headClasses;
                if (head.Length >= 3 && (headMask != 0 || IsHead(head)))
                {
                    return curse | headMask;
                }

                if (head.Length >= 2 && RestretchedHead(head, out var restretched) && !DictionaryWords.Contains(key))
                {
                    return curse | restretched;
                }

                if (CurseChain(head) && !DictionaryWords.Contains(key))
                {
                    return curse;
                }
            }
        }

        // The longest known last part whose first part is a word too: "asielzoekersgespuis", "kutcollega".
        var mask = Head(key);
        return mask != 0 ? mask : MisspeltCurse(key);
    }

    // Stop 55 (lead): curses strung together with nothing else ("kutkutkut", "kankertyfus", a spaced "k u t k u t k u t"
    // joined into one word) are swearing however many there are; the head of such a word is no Dutch word, so the loop
    // above let the whole pass. Greedy, longest stem first (the order of `_curses`), and linear in the word's length.
    private bool CurseChain(ReadOnlySpan<char> rest)
    {
        while (rest.Length > 0)
        {
            if (!_curseInitials.Contains(rest[0]))
            {
                return false;
            }

            var step = 0;
            foreach (var (stem, _) in _curses)
            {
                if (rest.StartsWith(stem, StringComparison.Ordinal))
                {
                    step = stem.Length;
                    break;
                }
            }

            if (step == 0)
            {
                return false;
            }

            rest = rest[step..];
        }

        return true;
    }

    // "klotenweer", "klotenzooi": a swear stem ending in e takes a linking n before the next part, as "pann-e-koek"
    // takes an e. Not the disease curses: "klerenkast" is a wardrobe. Not a stem that is a word with its n
    // ("kloten" is a plural and a place): the n is linking only when a part follows it.
    private bool LinkingN(string key, string stem, ClassMask curse) =>
        (curse & _profanityStem) != 0 && stem[^1] == 'e' && key.Length > stem.Length + 3 && key[stem.Length] == 'n' && !IsHead(key.AsSpan(stem.Length));

    // "kankrturken", "tyfsmarokkanen": a curse missing a letter, directly before a group or a person.
    private ClassMask MisspeltCurse(string key)
    {
        if (key.Length == 0 || !_misspeltCurses.TryGetValue(key[0], out var stems))
        {
            return 0;
        }

        foreach (var (stem, curse) in stems)
        {
            if (key.Length - stem.Length >= 4 && key.StartsWith(stem, StringComparison.Ordinal))
            {
                var head = _classes.Of(key.AsSpan(stem.Length)) & _targetClasses;
                if (head != 0)
                {
                    return curse | head;
                }
            }
        }

        return 0;
    }

    // A dictionary word that merely ends in a curse is its own word ("vertering" is digestion). Its last part must be a
    // word the dictionary knows as written: "versleten" is a form of verslijten, not "ver" and "sleten", a plural of
    // "slet" that only the generated form table holds (the dictionary has "sletten"). A word the dictionary does not
    // know may end in any form of a class word ("zigeunertuig", "kutcollega's").
    private ClassMask Head(string key) => DictionaryWords.Contains(key)
        ? _heads.Longest(key, _acceptPartsOfAWord) & ~_curseClasses
        : _heads.Longest(key, _acceptFirstPart);
}
