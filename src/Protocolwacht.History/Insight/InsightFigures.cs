namespace Protocolwacht.History.Insight;

/// <summary>
/// Everything the insight page shows, counts only: findings grouped five ways, posts and the share that needed
/// advice, the advice answer time, and the most frequent findings with the archive sequences of a few examples.
/// </summary>
public sealed record InsightFigures(
    int Posts,
    int NeededAdvice,
    IReadOnlyList<InsightCount> FindingsByGuideline,
    IReadOnlyList<InsightCount> FindingsByCategory,
    IReadOnlyList<InsightGroup> BySchool,
    IReadOnlyList<InsightGroup> ByAccount,
    IReadOnlyList<InsightGroup> ByMonth,
    AdviceTimes AdviceTimes,
    IReadOnlyList<FrequentFinding> Frequent)
{
    /// <summary>The share of posts that needed advice, 0–1; 0 without posts.</summary>
    public double NeededAdviceShare => Posts == 0 ? 0 : (double)NeededAdvice / Posts;
}

/// <summary>One label and its count (a guideline or a category and its number of findings).</summary>
public sealed record InsightCount(string Key, int Count);

/// <summary>A school, account or month: its posts, how many needed advice, its findings and its number of distinct authors (published here).</summary>
public sealed record InsightGroup(string Key, int Posts, int NeededAdvice, int Findings, int Authors);

/// <summary>Time from advice request to first answer over <see cref="Answered"/> posts, in seconds; null without any.</summary>
public sealed record AdviceTimes(int Answered, long? MedianSeconds, long? P90Seconds);

/// <summary>A guideline and category that came up often, with up to three archive records the viewer may open.</summary>
public sealed record FrequentFinding(string Guideline, string Category, int Count, IReadOnlyList<long> Examples);
