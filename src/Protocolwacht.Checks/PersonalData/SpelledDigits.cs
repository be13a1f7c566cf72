using System.Text;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.PersonalData;

/// <summary>A phone number written out in Dutch number words: "nul zes, vier één, zeven twee, …".</summary>
internal static class SpelledDigits
{
    // The digit a number word stands for, '\0' for any other word. A switch on the key, not a Dictionary<string, char>: it
    // is asked for every token of every post, and hashing each key for the dictionary was 0.6 % of a batch's processor time
    // (perf29); the compiler's switch tells most words apart by their length and a letter.
    private static char DigitOf(string key) => key switch
    {
        "nul" => '0',
        "een" => '1',
        "eén" => '1',
        "twee" => '2',
        "drie" => '3',
        "vier" => '4',
        "vijf" => '5',
        "zes" => '6',
        "zeven" => '7',
        "acht" => '8',
        "negen" => '9',
        _ => '\0',
    };

    public static void Scan(List<Token> tokens, List<Candidate> found)
    {
        StringBuilder? digits = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (DigitOf(t.Key) == '\0' && !IsDigitToken(t))
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
                if (DigitOf(key) is var d and not '\0')
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
            if (DigitOf(tokens[k].Key) != '\0')
            {
                return true;
            }
        }

        return false;
    }
}
