using System.Globalization;
using System.Text;
using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Normalisation;

/// <summary>
/// Folds one code point to what matching sees: NFKC compatibility forms, lower case, no diacritics,
/// confusable look-alikes mapped to Latin, format characters (zero-width space, soft hyphen, joiners)
/// removed, other control characters turned into a space. Results for the BMP are cached in a
/// lock-free table: a racing second write stores the same string, so sharing between threads is safe.
/// </summary>
internal static class CharFolder
{
    private static readonly string?[] Cache = new string?[char.MaxValue + 1];
    private static readonly Lazy<Dictionary<int, string>> Confusables = new(LoadConfusables);

    public static string Fold(int codePoint)
    {
        if (codePoint < Cache.Length)
        {
            return Cache[codePoint] ??= Compute(codePoint);
        }

        return Compute(codePoint);
    }

    private static string Compute(int codePoint)
    {
        if (codePoint < 0x80)
        {
            var c = (char)codePoint;
            if (c is '\n')
            {
                return "\n";
            }

            if (char.IsControl(c))
            {
                return " ";
            }

            return char.ToLowerInvariant(c).ToString();
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            // An unpaired surrogate: keep a neutral placeholder so offsets stay aligned.
            return " ";
        }

        if (Confusables.Value.TryGetValue(codePoint, out var mapped))
        {
            return mapped;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);

        // Digits of other scripts (Arabic-Indic ٣, Devanagari, full-width ３) are digits to the number
        // scanners: a BSN, IBAN or phone number written in them is still one.
        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            var value = (int)CharUnicodeInfo.GetNumericValue(char.ConvertFromUtf32(codePoint), 0);
            return value is >= 0 and <= 9 ? ((char)('0' + value)).ToString() : " ";
        }

        switch (category)
        {
            // Emoji and other symbols carry no words; a space keeps offsets aligned without the cost of
            // decomposing them on every check (they are outside the BMP cache).
            case UnicodeCategory.OtherSymbol:
            case UnicodeCategory.ModifierSymbol:
                return " ";
            case UnicodeCategory.Format:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
                return string.Empty;
            case UnicodeCategory.Control:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return codePoint is 0x85 or 0x2028 or 0x2029 ? "\n" : " ";
            case UnicodeCategory.SpaceSeparator:
                return " ";
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return " ";
        }

        string decomposed;
        try
        {
            decomposed = char.ConvertFromUtf32(codePoint).Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return " ";
        }

        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var chCategory = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (chCategory is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (Confusables.Value.TryGetValue(ch, out var inner))
            {
                builder.Append(inner);
                continue;
            }

            builder.Append(char.ToLowerInvariant(ch));
        }

        return builder.ToString();
    }

    private static Dictionary<int, string> LoadConfusables()
    {
        var table = new Dictionary<int, string>();
        foreach (var fields in DataFiles.ReadEmbeddedTsv("Normalisation.confusables.tsv"))
        {
            if (fields.Length >= 2 && int.TryParse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp))
            {
                table[cp] = fields[1];
            }
        }

        return table;
    }
}
