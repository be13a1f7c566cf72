namespace Protocolwacht.Persistence.Insight;

/// <summary>
/// A post the archive knows is no longer on its account (<c>archive_gone_posts</c>): deleted through Protocolwacht
/// (a <c>tombstone.v1</c> record) or found missing by reconciliation (a <c>disappeared.v1</c> record).
/// Reconciliation skips these, so a removal is recorded once. Derived from those records.
/// </summary>
public class GonePostEntity
{
    public string AccountId { get; set; } = string.Empty;
    public string PlatformId { get; set; } = string.Empty;

    /// <summary>The tombstone or disappearance record.</summary>
    public long Sequence { get; set; }

    /// <summary><see cref="GoneReasons.Deleted"/> or <see cref="GoneReasons.Disappeared"/>.</summary>
    public string Reason { get; set; } = string.Empty;
}

public static class GoneReasons
{
    public const string Deleted = "deleted";
    public const string Disappeared = "disappeared";
}
