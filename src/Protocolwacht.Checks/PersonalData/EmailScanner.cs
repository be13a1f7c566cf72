using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.PersonalData;

/// <summary>
/// E-mail addresses: plain ones in the folded text ("naam@domein.nl"), and disguised ones in the
/// tokens ("naam [at] hotmail [punt] com", "naam apenstaartje gmail dot com").
/// </summary>
internal static class EmailScanner
{
    private static readonly HashSet<string> AtWords = new(StringComparer.Ordinal) { "at", "apenstaartje", "apestaart", "apestaartje" };
    private static readonly HashSet<string> DotWords = new(StringComparer.Ordinal) { "punt", "dot" };
    private static readonly HashSet<string> TopLevel = new(StringComparer.Ordinal) { "nl", "com", "be", "org", "net", "eu", "de", "info", "nu", "io", "uk", "fr" };

    public static void Scan(string folded, List<Token> tokens, List<Candidate> found)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] != '@' || i == 0)
            {
                continue;
            }

            var start = i;
            while (start > 0 && IsLocal(folded[start - 1]))
            {
                start--;
            }

            var end = i + 1;
            while (end < folded.Length && IsDomain(folded[end]))
            {
                end++;
            }

            while (end > i + 1 && folded[end - 1] is '.' or '-')
            {
                end--;
            }

            var domain = folded.AsSpan(i + 1, end - i - 1);
            if (start < i && domain.Contains('.'))
            {
                found.Add(new Candidate(CandidateKind.Email, start, end, folded[start..end]));
            }
        }

        for (var t = 1; t + 3 < tokens.Count; t++)
        {
            if (!AtWords.Contains(tokens[t].Key) || tokens[t - 1].Has(TokenFlags.Joined))
            {
                continue;
            }

            // local part: the word(s) before; domain: word, dot-word, top-level domain.
            var d = t + 1;
            if (d + 2 < tokens.Count && DotWords.Contains(tokens[d + 1].Key) && TopLevel.Contains(tokens[d + 2].Key))
            {
                var first = t - 1;
                if (first > 0 && tokens[first - 1].End >= tokens[first].Start - 1 && folded[tokens[first - 1].End] is '.' or '_' or '-')
                {
                    first--;
                }

                var value = $"{tokens[t - 1].Key}@{tokens[d].Key}.{tokens[d + 2].Key}";
                found.Add(new Candidate(CandidateKind.Email, tokens[first].Start, tokens[d + 2].End, value));
            }
        }
    }

    private static bool IsLocal(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '%';

    private static bool IsDomain(char c) => char.IsLetterOrDigit(c) || c is '.' or '-';
}
