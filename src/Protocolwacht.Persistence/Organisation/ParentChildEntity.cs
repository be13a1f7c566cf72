namespace Protocolwacht.Persistence.Organisation;

/// <summary>Links a parent to one of their children (a student).</summary>
public class ParentChildEntity
{
    public string ParentId { get; set; } = string.Empty;
    public string StudentId { get; set; } = string.Empty;

    /// <summary>How the parent relates to this child (<c>moeder</c>, <c>vader</c>, <c>voogd</c> …), as a pupil import read it; null when unknown.</summary>
    public string? Relation { get; set; }
}
