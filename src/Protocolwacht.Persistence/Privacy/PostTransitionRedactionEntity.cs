namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// The record that the free text (<c>Reason</c>: an advice question, an answer, a comment) of one recorded
/// workflow step was redacted: which step, when, by whom and on what ground, never what was removed. The
/// database lets a step's text change only once such a row names it (<see cref="PostTransitionRedactionTriggers"/>),
/// and the rows themselves are never changed nor deleted.
/// </summary>
public sealed class PostTransitionRedactionEntity
{
    public Guid Id { get; set; }

    /// <summary>The post whose step was redacted.</summary>
    public Guid PostId { get; set; }

    /// <summary>The step's <c>Sequence</c> within the post (from 1).</summary>
    public int Sequence { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset RedactedAt { get; set; }

    /// <summary>The staff id of whoever ran the erasure.</summary>
    public string RedactedBy { get; set; } = string.Empty;

    /// <summary>Why, in Dutch, without any name.</summary>
    public string Ground { get; set; } = string.Empty;
}
