using Protocolwacht.Domain.Privacy;

namespace Protocolwacht.Domain.Posts;

/// <summary>
/// The outbox row for publishing one post on one account, committed in the same transaction as the
/// post's confirmation. It carries its own due time (the scheduler is the outbox) and a text snapshot,
/// so a publisher needs nothing else. The lease (<see cref="LeaseOwner"/>, <see cref="LeaseExpiresAt"/>)
/// is set by the store's atomic claim; the methods here record what the publisher learned.
/// Invariant: an attempt is recorded (<see cref="DeliveryStatus.Attempting"/>) before the platform is called,
/// so a crash leaves a row that is reconciled, never blindly retried.
/// </summary>
public sealed partial class Delivery
{
    /// <summary>Transient failures and rate limits tolerated before the delivery is given up as failed.</summary>
    public const int MaxAttempts = 8;

    /// <summary>Reconciliations that could not tell before a person is asked.</summary>
    public const int MaxReconciliations = 3;

    private Delivery(Guid id, Guid postId, string accountId, string channel, string text, string fingerprint)
    {
        Id = id;
        PostId = postId;
        AccountId = accountId;
        Channel = channel;
        Text = text;
        Fingerprint = fingerprint;
    }

    public Guid Id { get; private set; }
    public Guid PostId { get; private set; }
    public string AccountId { get; private set; }
    public string Channel { get; private set; }

    /// <summary>The text as confirmed; what the platform receives.</summary>
    public string Text { get; private set; }

    /// <summary>Matches the platform copy during reconciliation on platforms without idempotency keys.</summary>
    public string Fingerprint { get; private set; }

    /// <summary>Sent with every attempt of this delivery, so a platform that honours it never posts twice.</summary>
    public string IdempotencyKey { get; private set; } = "";

    public DeliveryStatus Status { get; private set; }

    /// <summary>Not claimed before this moment (UTC).</summary>
    public DateTimeOffset DueAt { get; private set; }

    public int Attempts { get; private set; }
    public int Reconciliations { get; private set; }
    public string? LeaseOwner { get; private set; }
    public DateTimeOffset? LeaseExpiresAt { get; private set; }
    public string? PlatformPostId { get; private set; }
    public string? PlatformUrl { get; private set; }

    /// <summary>Dutch, for the author: the platform's reason or what the publisher is waiting for.</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the first attempt started; reconciliation ignores platform posts clearly older.</summary>
    public DateTimeOffset? FirstAttemptAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Who said a delivery of unknown outcome was published or should be tried again.</summary>
    public string? ResolvedBy { get; private set; }

    /// <param name="fingerprint">The platform-copy fingerprint (the connectors' PostFingerprint of account and text).</param>
    public static Delivery Create(Guid id, Post post, string accountId, string channel, DateTimeOffset dueAt, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new Delivery(id, post.Id, accountId, channel, post.Text, fingerprint)
        {
            IdempotencyKey = id.ToString("N"),
            Status = DeliveryStatus.Pending,
            DueAt = dueAt,
            UpdatedAt = dueAt,
        };
    }

    /// <summary>Withdrawn during the undo period. Only a row nobody has claimed can be cancelled.</summary>
    public bool TryCancel(DateTimeOffset now)
    {
        if (Status != DeliveryStatus.Pending || LeaseOwner is not null)
        {
            return false;
        }

        Status = DeliveryStatus.Cancelled;
        UpdatedAt = now;
        return true;
    }

    /// <summary>
    /// Takes an erased pupil's name out of the stored copy of the text (<see cref="PupilNameMatcher"/> decides
    /// what counts as their name); what reached the platform is not changed by this. True when it changed.
    /// </summary>
    public bool EraseName(PupilNameMatcher name, bool tied, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(name);
        // The last error can quote a freeze's reason, which may name the pupil (a delivery held during a crisis).
        if (!name.IsMentionedIn(Text, tied) && !name.IsMentionedIn(LastError, tied))
        {
            return false;
        }

        (Text, LastError) = (name.Redact(Text, tied), name.RedactOrNull(LastError, tied));
        UpdatedAt = now;
        return true;
    }
}
