using System.Globalization;
using System.Text;

namespace Protocolwacht.Imports.Tabular;

/// <summary>
/// Compares column headers the way a person reads them: case, accents, spaces and punctuation do not
/// count, so "E-mailadres ouder/verzorger 1", "emailadres ouder verzorger 1" and "E-MAILADRES_OUDER_VERZORGER_1"
/// are the same column.
/// </summary>
internal static class ColumnNames
{
    public static string Normalize(string header)
    {
        var decomposed = Normalizable(header).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// <see cref="string.Normalize(NormalizationForm)"/> refuses a lone surrogate and the noncharacter U+FFFE with an
    /// ArgumentException (found by the long fuzz run of <c>import-school</c>, issue #16: a parents file read as UTF-16
    /// whose header held U+FFFE). Neither is a letter or digit, so neither can count in a key: a lone surrogate becomes
    /// U+FFFD (as <see cref="string.EnumerateRunes"/> reads it) and the noncharacters U+FFFE and U+FFFF are left out.
    /// </summary>
    private static string Normalizable(string header)
    {
        var clean = new StringBuilder(header.Length);
        foreach (var rune in header.EnumerateRunes())
        {
            if (rune.Value is not (0xFFFE or 0xFFFF))
            {
                clean.Append(rune.ToString());
            }
        }

        return clean.ToString();
    }

    /// <summary>The index of every normalised header; the first of two equal headers wins.</summary>
    public static Dictionary<string, int> Index(IReadOnlyList<string> headers)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            index.TryAdd(Normalize(headers[i]), i);
        }

        return index;
    }
}
