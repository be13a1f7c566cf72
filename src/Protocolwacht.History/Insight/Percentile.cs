namespace Protocolwacht.History.Insight;

/// <summary>Percentiles by the nearest-rank method: always a value that occurred, so "median 2 hours" was a real wait.</summary>
public static class Percentile
{
    /// <summary>The <paramref name="percent"/>th percentile of <paramref name="sorted"/> (ascending); null when empty.</summary>
    public static long? NearestRank(IReadOnlyList<long> sorted, int percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
