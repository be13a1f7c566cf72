using System.Globalization;

namespace Protocolwacht.Imports.Posts.X;

/// <summary>
/// X's timestamp format, <c>Wed Oct 10 20:19:24 +0000 2018</c> (English day and month names, an
/// offset without colon, the year last), read into UTC.
/// </summary>
internal static class XDate
{
    public static bool TryParse(string? text, out DateTimeOffset utc)
    {
        utc = default;
        var parts = text?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not { Length: 6 } || parts[4].Length != 5 || parts[4][0] is not ('+' or '-'))
        {
            return false;
        }

        var normalised = $"{parts[1]} {parts[2]} {parts[5]} {parts[3]} {parts[4][..3]}:{parts[4][3..]}";
        if (!DateTimeOffset.TryParseExact(normalised, "MMM dd yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        utc = parsed.ToUniversalTime();
        return true;
    }
}
