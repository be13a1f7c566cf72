using System.Globalization;

namespace Protocolwacht.History.Search;

/// <summary>
/// Where the next page of results starts: strictly older than this post (time, then sequence, the order
/// results are shown in). Keyset paging, so page 100 costs what page 1 costs. Written as
/// <c>utc-ticks.sequence</c>, also in a page's address.
/// </summary>
public sealed record SearchCursor(DateTimeOffset At, long Sequence)
{
    public static SearchCursor? Parse(string? text)
    {
        var parts = (text ?? string.Empty).Split('.');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var sequence)
            && ticks >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new SearchCursor(new DateTimeOffset(ticks, TimeSpan.Zero), sequence)
            : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}.{Sequence}");
}
