namespace Protocolwacht.History.Insight;

/// <summary>
/// What the insight counts. <see cref="VisibleSchools"/> is the viewer's reach (null: the whole board, including
/// board accounts); the other filters narrow within it and can never widen it. Months are yyyyMM, inclusive.
/// </summary>
public sealed record InsightFilters
{
    public IReadOnlyCollection<string>? VisibleSchools { get; init; }
    public string? SchoolId { get; init; }
    public string? AccountId { get; init; }

    /// <summary>published, imported, or null for both.</summary>
    public string? Source { get; init; }
    public int? FromMonth { get; init; }
    public int? ToMonth { get; init; }
}
