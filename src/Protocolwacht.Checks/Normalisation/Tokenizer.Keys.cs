namespace Protocolwacht.Checks.Normalisation;

// A token's key: what lexicons and word classes match (see Token.Key).
internal static partial class Tokenizer
{
    private const int KeySlots = 1024;
    private const int LongestInterned = 16;

    // Short keys recur from post to post ("de", "het", "groep"): this thread keeps one string per slot, found by
    // its characters, so a recurring word is not a new string for every token. A slot another key hashes to is
    // overwritten; at most 1,024 strings of up to 16 characters are kept per thread.
    [ThreadStatic]
    private static string?[]? t_keys;

    // This thread's kept keys: the tokenizer reads them once per text and passes them on (perf26; a thread-static read per
    // token was near the top of the profile).
    private static string?[] ThreadKeys => t_keys ??= new string?[KeySlots];

    internal static string MakeKey(string s, int start, int end, bool leet, bool oneAsL) => MakeKey(ThreadKeys, s, start, end, leet, oneAsL);

    private static string MakeKey(string?[] keys, string s, int start, int end, bool leet, bool oneAsL)
    {
        if (!leet && IsOwnKey(s, start, end))
        {
            return Intern(keys, s.AsSpan(start, end - start));
        }

        var length = end - start;
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        var n = 0;
        var run = '\0';
        var runLength = 0;
        for (var k = start; k < end; k++)
        {
            var c = s[k];
            if (leet)
            {
                c = c switch
                {
                    '0' => 'o',
                    '1' => oneAsL ? 'l' : 'i',
                    '3' => 'e',
                    '4' => 'a',
                    '5' => 's',
                    '7' => 't',
                    '@' => 'a',
                    '$' => 's',
                    '!' => 'i',
                    _ => c,
                };
            }

            if (!char.IsLetterOrDigit(c) && c != '*')
            {
                continue;
            }

            if (c == run)
            {
                runLength++;
                continue;
            }

            n = Flush(buffer, n, run, runLength);
            run = c;
            runLength = 1;
        }

        n = Flush(buffer, n, run, runLength);
        return new string(buffer[..n]);
    }

    // Most words: only letters, digits and masks, and no letter three times in a row, so the key is the text
    // itself and need not be built character by character.
    private static bool IsOwnKey(string s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var c = s[k];
            if (!char.IsLetterOrDigit(c) && c != '*')
            {
                return false;
            }

            if (k - start >= 2 && c == s[k - 1] && c == s[k - 2] && char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // Stretched letters: a run of three or more of the same letter becomes one ("kuuuut" → "kut");
    // doubles stay, because Dutch spells with them.
    private static int Flush(Span<char> buffer, int n, char run, int runLength)
    {
        if (runLength == 0)
        {
            return n;
        }

        var copies = runLength >= 3 && char.IsLetter(run) ? 1 : runLength;
        for (var i = 0; i < copies; i++)
        {
            buffer[n++] = run;
        }

        return n;
    }

    private static string Intern(string?[] keys, ReadOnlySpan<char> key)
    {
        if (key.Length > LongestInterned)
        {
            return new string(key);
        }

        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var slot = (int)(hash & (KeySlots - 1));
        if (keys[slot] is { } kept && key.SequenceEqual(kept))
        {
            return kept;
        }

        return keys[slot] = new string(key);
    }
}
