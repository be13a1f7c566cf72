namespace Protocolwacht.Persistence.Insight;

/// <summary>
/// One finding of the check of one archived post (<c>archive_insight_findings</c>), with the post's account, school,
/// month and source copied beside it so the insight groups findings without a join. Derived, like
/// <see cref="InsightPostEntity"/>; <see cref="Index"/> is the finding's place in the record's check.
/// </summary>
public class InsightFindingEntity
{
    public long Sequence { get; set; }
    public int Index { get; set; }
    public string Source { get; set; } = string.Empty;
    public string AccountId { get; set; } = string.Empty;
    public string? SchoolId { get; set; }
    public int Month { get; set; }
    public string Guideline { get; set; } = string.Empty;
    public string Category { get; set; } = string.Empty;
}
