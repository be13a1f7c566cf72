using System.Text;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.PersonalData;

/// <summary>A phone number written out in Dutch number words: "nul zes, vier één, zeven twee, …".</summary>
internal static class SpelledDigits
{
    private static readonly Dictionary<string, char> Words = new(StringComparer.Ordinal)
    {
        ["nul"] = '0',
        ["een"] = '1',
        ["eén"] = '1',
        ["twee"] = '2',
        ["drie"] = '3',
        ["vier"] = '4',
        ["vijf"] = '5',
        ["zes"] = '6',
        ["zeven"] = '7',
        ["acht"] = '8',
        ["negen"] = '9',
    };

    public static void Scan(List<Token> tokens, List<Candidate> found)
    {
        StringBuilder? digits = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (!Words.ContainsKey(t.Key) && !IsDigitToken(t))
            {
                i++;
                continue;
            }

            digits ??= new StringBuilder(16);
            digits.Clear();
            var j = i;
            while (j < tokens.Count && j - i < 16)
            {
                var key = tokens[j].Key;
                if (Words.TryGetValue(key, out var d))
                {
                    digits.Append(d);
                }
                else if (IsDigitToken(tokens[j]))
                {
                    digits.Append(key);
                }
                else
                {
                    break;
                }

                j++;
            }

            var number = digits.ToString();
            if (j - i >= 4 && NumberScanner.PhoneCandidate(number) && HasWord(tokens, i, j))
            {
                found.Add(new Candidate(CandidateKind.Phone, tokens[i].Start, tokens[j - 1].End, number));
                i = j;
                continue;
            }

            i++;
        }
    }

    private static bool IsDigitToken(Token t) => t.Key.Length <= 2 && t.Has(TokenFlags.Digits) && !t.Has(TokenFlags.Letters);

    private static bool HasWord(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Words.ContainsKey(tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }
}
