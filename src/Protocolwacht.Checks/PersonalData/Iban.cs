using System.Collections.Frozen;

namespace Protocolwacht.Checks.PersonalData;

/// <summary>International bank account numbers (ISO 13616): country length and the mod-97 check.</summary>
internal static class Iban
{
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["nl"] = 18,
        ["be"] = 16,
        ["de"] = 22,
        ["fr"] = 27,
        ["gb"] = 22,
        ["es"] = 24,
        ["it"] = 27,
        ["lu"] = 20,
        ["at"] = 20,
        ["ch"] = 21,
        ["dk"] = 18,
        ["fi"] = 18,
        ["ie"] = 22,
        ["no"] = 15,
        ["pl"] = 28,
        ["pt"] = 25,
        ["se"] = 24,
        ["tr"] = 26,
        ["ma"] = 28,
        ["cz"] = 24,
        ["gr"] = 27,
        ["hu"] = 28,
        ["ro"] = 24,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The IBAN length for a lower-case country code, or 0 when unknown.</summary>
    public static int LengthFor(ReadOnlySpan<char> country) =>
        Lengths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(country, out var n) ? n : 0;

    /// <summary><paramref name="iban"/>: lower-case letters and digits only, no spaces.</summary>
    public static bool IsValid(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 15 || iban.Length > 34 || LengthFor(iban[..2]) != iban.Length)
        {
            return false;
        }

        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (c is >= '0' and <= '9')
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (c is >= 'a' and <= 'z')
            {
                var v = c - 'a' + 10;
                remainder = (remainder * 100 + v) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}
