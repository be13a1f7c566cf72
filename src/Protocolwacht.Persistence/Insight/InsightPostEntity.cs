namespace Protocolwacht.Persistence.Insight;

/// <summary>
/// One post of the archive as the insight counts it (<c>archive_insight_posts</c>): a <c>published.v1</c> or
/// <c>imported.v1</c> record reduced to figures. Derived from the archive like the search index: added with the
/// record, removed when a redaction removes its content, rebuildable. Holds no text and no name;
/// <see cref="AuthorId"/> is a staff id, shown only as a count of distinct authors.
/// </summary>
public class InsightPostEntity
{
    public long Sequence { get; set; }

    /// <summary><c>published</c> or <c>imported</c> (as <see cref="Search.SearchSources"/>).</summary>
    public string Source { get; set; } = string.Empty;
    public string AccountId { get; set; } = string.Empty;

    /// <summary>Null for a board account.</summary>
    public string? SchoolId { get; set; }
    public string? AuthorId { get; set; }

    /// <summary>The platform's id of the post, when known; reconciliation compares by it.</summary>
    public string? PlatformId { get; set; }

    /// <summary>When the post appeared on the platform (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The Amsterdam month of <see cref="At"/> as yyyyMM (202409), so months group in SQL on both providers.</summary>
    public int Month { get; set; }

    /// <summary>allow, doubt or block.</summary>
    public string Verdict { get; set; } = string.Empty;

    /// <summary>Advice was asked (published here), or the check said doubt or block (imported: it would have needed advice).</summary>
    public bool NeededAdvice { get; set; }

    /// <summary>The post of a published record; one post on three accounts is three records but one advice exchange.</summary>
    public Guid? PostId { get; set; }

    /// <summary>Seconds from the first advice request to the first answer (approved or returned); null without an answer.</summary>
    public long? AdviceWaitSeconds { get; set; }
}
