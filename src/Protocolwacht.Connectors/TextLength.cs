using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Protocolwacht.Connectors;

/// <summary>
/// Counts text the way a platform does, so the composer can show "123 / 280" from
/// <see cref="PlatformCapabilities"/> instead of knowing platforms.
/// </summary>
public static partial class TextLength
{
    // X counts every link as a t.co link of 23 characters, whatever its real length.
    private const int XUrlWeight = 23;

    public static int Measure(string text, TextLengthUnit unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return unit switch
        {
            TextLengthUnit.CodePoints => text.EnumerateRunes().Count(),
            TextLengthUnit.Graphemes => new StringInfo(text).LengthInTextElements,
            TextLengthUnit.XWeighted => MeasureX(text),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
    }

    public static bool Fits(string text, PlatformCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        return Measure(text, capabilities.TextLengthUnit) <= capabilities.MaxTextLength;
    }

    /// <summary>
    /// X's weighted length (twitter-text v3): code points in the Latin, general punctuation and
    /// similar ranges weigh 1, everything else 2, an emoji sequence 2 in total, a URL 23.
    /// </summary>
    private static int MeasureX(string text)
    {
        var total = 0;
        var rest = Url().Replace(text, match =>
        {
            total += XUrlWeight;
            return string.Empty;
        });
        var elements = StringInfo.GetTextElementEnumerator(rest);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var runes = element.EnumerateRunes().ToList();
            total += runes.Any(IsEmoji) ? 2 : runes.Sum(r => IsLight(r) ? 1 : 2);
        }

        return total;
    }

    private static bool IsLight(Rune rune) => rune.Value is <= 4351 or (>= 8192 and <= 8205) or (>= 8208 and <= 8223) or (>= 8242 and <= 8247);

    private static bool IsEmoji(Rune rune) => rune.Value is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF);

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
