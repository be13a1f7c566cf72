using System.Text;

namespace Protocolwacht.Checks.PersonalData;

/// <summary>
/// One pass over the folded text for digit-based data: BSN, IBAN and phone numbers, also written in
/// groups ("2351.91.711", "NL02 RABO 4226 3071 88") or letter by letter with spaces ("n l 7 4 a b n a …").
/// Single separators (space, dot, dash, slash) between characters are allowed; a double separator ends
/// the run. Hand-written scanner: no regex in the hot path.
/// </summary>
internal static class NumberScanner
{
    public static void Scan(string folded, List<Candidate> found)
    {
        var i = 0;
        var chars = new StringBuilder(40);
        var positions = new List<int>(40);
        while (i < folded.Length)
        {
            var c = folded[i];
            var boundary = i == 0 || !char.IsLetterOrDigit(folded[i - 1]);
            if (!boundary || !(IsDigit(c) || c == '+' || (IsLower(c) && LooksLikeIbanStart(folded, i))))
            {
                i++;
                continue;
            }

            // Collect letters/digits with single separators.
            chars.Clear();
            positions.Clear();
            var letters = IsLower(c);
            var k = i;
            if (c == '+')
            {
                chars.Append('+');
                positions.Add(k);
                k++;
            }

            var lastEnd = k;
            while (k < folded.Length && chars.Length < 40)
            {
                var ch = folded[k];
                if (IsDigit(ch) || (letters && IsLower(ch)))
                {
                    chars.Append(ch);
                    positions.Add(k);
                    k++;
                    lastEnd = k;
                    continue;
                }

                // Up to three separators between groups: "06 - 87 65", "2351.91.711".
                var gap = 0;
                while (gap < 3 && k + gap < folded.Length && IsSeparator(folded[k + gap]))
                {
                    gap++;
                }

                if (gap > 0 && k + gap < folded.Length && (IsDigit(folded[k + gap]) || (letters && gap == 1 && IsLower(folded[k + gap]))))
                {
                    k += gap;
                    continue;
                }

                if ((ch == '(' || ch == ')') && k + 1 < folded.Length && IsDigit(folded[k + 1]))
                {
                    k++;
                    continue;
                }

                break;
            }

            var run = chars.ToString();
            var consumed = Classify(run, positions, found);
            if (consumed > 0)
            {
                i = positions[consumed - 1] + 1;
                continue;
            }

            // Not data: skip the current word only.
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            if (i < lastEnd && i == positions[0])
            {
                i++;
            }
        }
    }

    // Returns how many characters of the run were used by a candidate, 0 if none.
    private static int Classify(string run, List<int> positions, List<Candidate> found)
    {
        if (run.Length >= 15 && IsLower(run[0]) && IsLower(run[1]) && IsDigit(run[2]) && IsDigit(run[3]))
        {
            var length = Iban.LengthFor(run.AsSpan(0, 2));
            if (length > 0 && run.Length >= length && Iban.IsValid(run.AsSpan(0, length)))
            {
                found.Add(new Candidate(CandidateKind.Iban, positions[0], positions[length - 1] + 1, run[..length]));
                return length;
            }
        }

        var digits = 0;
        while (digits < run.Length && (IsDigit(run[digits]) || (digits == 0 && run[0] == '+')))
        {
            digits++;
        }

        if (digits == 0)
        {
            return 0;
        }

        var number = run[..digits];
        if (number.Length == 9 && Bsn.IsValid(number))
        {
            found.Add(new Candidate(CandidateKind.Bsn, positions[0], positions[digits - 1] + 1, number));
            return digits;
        }

        if (PhoneCandidate(number))
        {
            found.Add(new Candidate(CandidateKind.Phone, positions[0], positions[digits - 1] + 1, number));
            return digits;
        }

        return 0;
    }

    // Two letters then a digit, each possibly after one separator: "nl91", "NL 91", "n l 9 1".
    private static bool LooksLikeIbanStart(string s, int i)
    {
        var k = Next(s, i);
        if (k < 0 || !IsLower(s[k]))
        {
            return false;
        }

        k = Next(s, k);
        return k >= 0 && IsDigit(s[k]);
    }

    private static int Next(string s, int i)
    {
        var k = i + 1;
        if (k < s.Length && IsSeparator(s[k]))
        {
            k++;
        }

        return k < s.Length ? k : -1;
    }

    internal static bool PhoneCandidate(string number) =>
        (number.Length == 10 && number[0] == '0' && number[1] != '0')
        || (number.StartsWith("+31", StringComparison.Ordinal) && number.Length == 12)
        || (number.StartsWith("0031", StringComparison.Ordinal) && number.Length == 13);

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '/' or '\u00a0';
}
