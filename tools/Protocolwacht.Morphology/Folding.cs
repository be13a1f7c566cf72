using System.Globalization;
using System.Text;

namespace Protocolwacht.Morphology;

/// <summary>Folds a dictionary word the way the check folds a draft: lower case, no diacritics, letters and digits only.</summary>
internal static class Folding
{
    public static string Key(string word)
    {
        var b = new StringBuilder(word.Length);

        // OpenTaal writes the Dutch ij as one ligature letter (U+0133, "onderwĳs"); a draft types two letters.
        foreach (var c in word.ToLowerInvariant().Replace("\u0133", "ij", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
