using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.PersonalData;

/// <summary>
/// Street addresses ("Lindelaan 14", "Dorpsstraat 3a") and postcodes with a house number ("7571 AB 12").
/// A street is a capitalised word ending in a Dutch street word, followed by a house number.
/// </summary>
internal static class AddressScanner
{
    private static readonly string[] StreetEndings =
    [
        "straat", "laan", "weg", "plein", "singel", "gracht", "kade", "dijk", "dreef", "steeg", "pad", "hof", "park",
        "ring", "markt", "erf", "baan", "allee", "veld", "wal", "haven", "burg", "akker", "esch", "hoek", "berg", "laantje", "straatje",
    ];

    public static void Scan(List<Token> tokens, List<Candidate> found)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var t = tokens[i];
            var next = tokens[i + 1];
            if (t.Has(TokenFlags.Letters) && !t.Has(TokenFlags.Digits) && t.Has(TokenFlags.Capitalised) && t.Key.Length > 4
                && EndsWithStreet(t.Key) && IsHouseNumber(next.Key))
            {
                found.Add(new Candidate(CandidateKind.Address, t.Start, next.End, t.Key + next.Key));
                i++;
                continue;
            }

            // Postcode: four digits (first not 0) and two letters, as one or two tokens.
            if (IsPostcodeDigits(t.Key) && i + 1 < tokens.Count && IsPostcodeLetters(next.Key))
            {
                found.Add(new Candidate(CandidateKind.Address, t.Start, next.End, t.Key + next.Key));
                i++;
            }
            else if (t.Key.Length == 6 && IsPostcodeDigits(t.Key[..4]) && IsPostcodeLetters(t.Key[4..]))
            {
                found.Add(new Candidate(CandidateKind.Address, t.Start, t.End, t.Key));
            }
        }
    }

    private static bool EndsWithStreet(string key)
    {
        foreach (var e in StreetEndings)
        {
            if (key.EndsWith(e, StringComparison.Ordinal) && key.Length > e.Length + 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHouseNumber(string key)
    {
        if (key.Length is 0 or > 5 || key[0] is < '1' or > '9')
        {
            return false;
        }

        var digits = 0;
        while (digits < key.Length && char.IsAsciiDigit(key[digits]))
        {
            digits++;
        }

        return digits <= 4 && key.Length - digits <= 1;
    }

    private static bool IsPostcodeDigits(string key) => key.Length == 4 && key[0] is >= '1' and <= '9' && key.All(char.IsAsciiDigit);

    private static bool IsPostcodeLetters(string key) => key.Length == 2 && key.All(char.IsAsciiLetterLower) && key is not ("sa" or "sd" or "ss");
}
