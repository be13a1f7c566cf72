namespace Protocolwacht.Domain.Posts;

// What a publisher records about one delivery. Each method ends the current lease except RecordAttempt.
public sealed partial class Delivery
{
    /// <summary>True when the previous attempt's outcome is not known and must be reconciled before any retry.</summary>
    public bool NeedsReconciliation => Status is DeliveryStatus.Unknown or DeliveryStatus.Attempting;

    public void Lease(string owner, DateTimeOffset expiresAt)
    {
        LeaseOwner = owner;
        LeaseExpiresAt = expiresAt;
    }

    /// <summary>Recorded and saved before the platform call.</summary>
    public void RecordAttempt(DateTimeOffset now)
    {
        if (Status is not (DeliveryStatus.Pending or DeliveryStatus.Retrying))
        {
            throw new InvalidOperationException($"Cannot attempt a delivery in status {Status}.");
        }

        Status = DeliveryStatus.Attempting;
        Attempts++;
        FirstAttemptAt ??= now;
        UpdatedAt = now;
    }

    public void MarkPublished(string? platformPostId, string? platformUrl, DateTimeOffset now)
    {
        Status = DeliveryStatus.Published;
        PlatformPostId = platformPostId;
        PlatformUrl = platformUrl;
        PublishedAt ??= now;
        LastError = null;
        EndLease(now);
    }

    public void MarkFailed(string reason, DateTimeOffset now)
    {
        Status = DeliveryStatus.Failed;
        LastError = reason;
        EndLease(now);
    }

    /// <summary>A timeout or lost answer: the platform may have the post. Reconciled at <paramref name="reconcileAt"/>.</summary>
    public void MarkUnknown(string reason, DateTimeOffset reconcileAt, DateTimeOffset now)
    {
        Status = DeliveryStatus.Unknown;
        LastError = reason;
        DueAt = reconcileAt;
        EndLease(now);
    }

    /// <summary>A transient failure or rate limit: tried again at <paramref name="retryAt"/>, or failed after <see cref="MaxAttempts"/>.</summary>
    public void ScheduleRetry(string reason, DateTimeOffset retryAt, DateTimeOffset now)
    {
        if (Attempts >= MaxAttempts)
        {
            MarkFailed($"{reason} Opgegeven na {Attempts} pogingen.", now);
            return;
        }

        Status = DeliveryStatus.Retrying;
        LastError = reason;
        DueAt = retryAt;
        EndLease(now);
    }

    /// <summary>Reconciliation found the post on the platform: it was published, by the earlier attempt.</summary>
    public void ReconciledAsPublished(string? platformPostId, string? platformUrl, DateTimeOffset now) =>
        MarkPublished(platformPostId, platformUrl, now);

    /// <summary>Reconciliation established the post is not there: safe to try again now.</summary>
    public void ReconciledAsAbsent(DateTimeOffset now)
    {
        Status = DeliveryStatus.Retrying;
        DueAt = now;
        EndLease(now);
    }

    /// <summary>Reconciliation could not tell. After <see cref="MaxReconciliations"/> a person is asked; never a guess.</summary>
    public void ReconciliationInconclusive(string reason, DateTimeOffset retryAt, DateTimeOffset now)
    {
        Reconciliations++;
        LastError = reason;
        Status = Reconciliations >= MaxReconciliations ? DeliveryStatus.AwaitingPerson : DeliveryStatus.Unknown;
        DueAt = retryAt;
        EndLease(now);
    }

    /// <summary>The platform offers no way to look the post up: a person decides, never a guess.</summary>
    public void AskPerson(string reason, DateTimeOffset now)
    {
        Reconciliations = MaxReconciliations;
        LastError = reason;
        Status = DeliveryStatus.AwaitingPerson;
        EndLease(now);
    }

    /// <summary>
    /// True when an edit or deletion the platform did not answer must not be sent again without a person: it was already
    /// sent again <see cref="MaxReconciliations"/> times unanswered, or a person already asked for the one more try.
    /// </summary>
    public bool UnansweredTooOften => ResolvedBy is not null || Reconciliations >= MaxReconciliations;

    /// <summary>Counts sending an unanswered edit or deletion once more (repeating either is harmless) against <see cref="UnansweredTooOften"/>.</summary>
    public void CountUnansweredRepeat() => Reconciliations++;

    /// <summary>A person looked at the platform: "wel gepubliceerd" or "opnieuw proberen".</summary>
    public bool ResolveByPerson(string actorId, bool wasPublished, DateTimeOffset now)
    {
        if (Status != DeliveryStatus.AwaitingPerson)
        {
            return false;
        }

        ResolvedBy = actorId;
        Reconciliations = 0;
        if (wasPublished)
        {
            // A deletion a person saw done is a deletion of the target post, as the platform's own "deleted" answer records it.
            MarkPublished(Kind == DeliveryKind.Delete ? TargetPlatformPostId : PlatformPostId, PlatformUrl, now);
        }
        else
        {
            ReconciledAsAbsent(now);
        }

        return true;
    }

    /// <summary>A failed delivery the author asks to try again (per account).</summary>
    public bool RetryAfterFailure(DateTimeOffset now)
    {
        if (Status != DeliveryStatus.Failed)
        {
            return false;
        }

        Attempts = 0;
        ReconciledAsAbsent(now);
        return true;
    }

    private void EndLease(DateTimeOffset now)
    {
        LeaseOwner = null;
        LeaseExpiresAt = null;
        UpdatedAt = now;
    }
}
