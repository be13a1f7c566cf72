using System.Globalization;
using System.Text.RegularExpressions;

namespace Protocolwacht.Connectors.Meta;

/// <summary>Graph API times look like <c>2026-11-24T04:30:00+0000</c>: ISO 8601 with an offset without a colon.</summary>
internal static partial class GraphTime
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var withColon = OffsetWithoutColon().Replace(value, "$1:$2");
        return DateTimeOffset.TryParse(withColon, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetWithoutColon();
}
