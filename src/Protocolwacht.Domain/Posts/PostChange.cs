using Protocolwacht.Domain.Privacy;

namespace Protocolwacht.Domain.Posts;

/// <summary>
/// A correction or deletion of a published post (BG3, DO3): who asked, why, the check of a new text, and
/// the second person who approved. Carried out through outbox rows (<see cref="Delivery.CreateChange"/>),
/// one per account the post is published on; the archive gets a <c>revision.v1</c> or <c>tombstone.v1</c>
/// record per account when its row is done. Invariant: the approver is never the requester.
/// </summary>
public sealed class PostChange
{
    private PostChange(Guid id, Guid postId, PostChangeKind kind, string reason)
    {
        Id = id;
        PostId = postId;
        Kind = kind;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public Guid PostId { get; private set; }
    public PostChangeKind Kind { get; private set; }

    /// <summary>The new text of a correction (as checked, without the "aangepast door" line); null for a deletion.</summary>
    public string? Text { get; private set; }

    /// <summary>1 is the original publication, so the first correction is revision 2; 0 for a deletion.</summary>
    public int Revision { get; private set; }

    /// <summary>The verdict of the check of <see cref="Text"/> when it was requested.</summary>
    public Verdict? Verdict { get; private set; }

    /// <summary>Why (Dutch, required): shown in the app and kept in the archive.</summary>
    public string Reason { get; private set; }

    public PostChangeStatus Status { get; private set; }

    /// <summary>Who asked; null while it is a <see cref="PostChangeStatus.Proposed"/> task.</summary>
    public string? RequestedBy { get; private set; }

    public DateTimeOffset? RequestedAt { get; private set; }

    /// <summary>Who approved or refused, when a second person was needed.</summary>
    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why the system proposed it (a withdrawn consent), or null when a person started it.</summary>
    public string? Origin { get; private set; }

    /// <summary>The pupil whose withdrawn consent led to a takedown task; the archive's images of this post are redacted after the deletion.</summary>
    public string? StudentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>
    /// A correction: a checked new text. Block never gets here (the caller refuses it); allow goes out at once;
    /// doubt needs a second person, as a doubtful post needs advice before it is published.
    /// </summary>
    public static PostChange Correction(Guid id, Guid postId, int revision, string text, Verdict verdict, string reason, string requestedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (verdict == Posts.Verdict.Block)
        {
            throw new InvalidOperationException("A blocked text is never a correction.");
        }

        return new PostChange(id, postId, PostChangeKind.Correction, reason.Trim())
        {
            Text = text,
            Revision = revision,
            Verdict = verdict,
            RequestedBy = requestedBy,
            RequestedAt = now,
            CreatedAt = now,
            Status = verdict == Posts.Verdict.Allow ? PostChangeStatus.InProgress : PostChangeStatus.AwaitingApproval,
        };
    }

    /// <summary>A deletion someone asks for; a second person must approve it.</summary>
    public static PostChange Deletion(Guid id, Guid postId, string reason, string requestedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new PostChange(id, postId, PostChangeKind.Deletion, reason.Trim())
        {
            RequestedBy = requestedBy,
            RequestedAt = now,
            CreatedAt = now,
            Status = PostChangeStatus.AwaitingApproval,
        };
    }

    /// <summary>A takedown task the system proposes (a withdrawn consent); an administrator requests it, a second person approves.</summary>
    public static PostChange ProposedTakedown(Guid id, Guid postId, string reason, string origin, string? studentId, DateTimeOffset now) =>
        new(id, postId, PostChangeKind.Deletion, reason)
        {
            Origin = origin,
            StudentId = studentId,
            CreatedAt = now,
            Status = PostChangeStatus.Proposed,
        };

    /// <summary>Takes up a proposed task: the reason may be edited, the requester is recorded.</summary>
    public WorkflowResult Request(string actorId, string reason, DateTimeOffset now)
    {
        if (Status != PostChangeStatus.Proposed)
        {
            return WorkflowResult.Refused("Deze taak is al aangevraagd.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return WorkflowResult.Refused("Geef een reden voor het verwijderen.");
        }

        Reason = reason.Trim();
        RequestedBy = actorId;
        RequestedAt = now;
        Status = PostChangeStatus.AwaitingApproval;
        return WorkflowResult.Ok;
    }

    /// <summary>The second person's decision. The requester can never approve or refuse their own request.</summary>
    public WorkflowResult Decide(string actorId, bool approve, DateTimeOffset now)
    {
        if (Status != PostChangeStatus.AwaitingApproval)
        {
            return WorkflowResult.Refused("Dit verzoek wacht niet (meer) op goedkeuring.");
        }

        if (string.Equals(actorId, RequestedBy, StringComparison.Ordinal))
        {
            return WorkflowResult.Refused("Een tweede persoon moet dit goedkeuren, niet degene die erom vroeg.");
        }

        DecidedBy = actorId;
        DecidedAt = now;
        Status = approve ? PostChangeStatus.InProgress : PostChangeStatus.Refused;
        return WorkflowResult.Ok;
    }

    /// <summary>Every outbox row of this change is done.</summary>
    /// <summary>Takes an erased pupil's name out of the proposed text and the reason (AVG art. 17). True when either changed.</summary>
    public bool EraseName(PupilNameMatcher name, bool tied)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.IsMentionedIn(Text, tied) && !name.IsMentionedIn(Reason, tied))
        {
            return false;
        }

        Text = name.RedactOrNull(Text, tied);
        Reason = name.Redact(Reason, tied);
        return true;
    }

    public void Complete(DateTimeOffset now)
    {
        if (Status == PostChangeStatus.InProgress)
        {
            Status = PostChangeStatus.Done;
            CompletedAt = now;
        }
    }
}
