using System.Globalization;
using System.Text;

namespace Protocolwacht.Morphology;

/// <summary>Folds a dictionary word the way the check folds a draft: lower case, no diacritics, letters and digits only.</summary>
internal static class Folding
{
    public static string Key(string word)
    {
        var b = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
