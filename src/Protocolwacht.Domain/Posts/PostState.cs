namespace Protocolwacht.Domain.Posts;

/// <summary>
/// Where a post stands in the workflow, in the words a person uses. Only the author edits; only the
/// assigned manager approves or returns; publication happens through <see cref="Delivery"/> rows.
/// </summary>
public enum PostState
{
    /// <summary>Being written; not yet checked since the last change.</summary>
    Draft,

    /// <summary>Checked with verdict allow: may be published.</summary>
    Ready,

    /// <summary>Checked with verdict doubt: the author must ask their manager before publishing (R9).</summary>
    AdviceNeeded,

    /// <summary>Waiting for the manager's advice.</summary>
    AdviceRequested,

    /// <summary>The manager approved this exact content; a change of content needs approval again.</summary>
    Approved,

    /// <summary>The manager returned it with a comment; the author changes it.</summary>
    Returned,

    /// <summary>Checked with verdict block: cannot be published until changed.</summary>
    MustChange,

    /// <summary>Confirmed for publication; waiting for the undo period or the scheduled moment, then delivered per account.</summary>
    Queued,

    /// <summary>Delivered to every chosen account; the history records when. Only an approved correction or deletion changes it (BG3, DO3).</summary>
    Published,

    /// <summary>Removed from every platform after an approved deletion; the archive keeps the original and a tombstone.</summary>
    Removed,
}
