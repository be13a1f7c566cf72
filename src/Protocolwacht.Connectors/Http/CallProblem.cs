namespace Protocolwacht.Connectors.Http;

/// <summary>
/// Why a call did not succeed, before it is turned into the outcome type of the operation
/// (publish, delete or reconcile). Keeps each connector's error mapping in one place.
/// </summary>
internal abstract record CallProblem
{
    private CallProblem()
    {
    }

    /// <summary>The platform answered no.</summary>
    public sealed record Rejected(bool Permanent, string Reason, string? PlatformMessage) : CallProblem;

    public sealed record Limited(DateTimeOffset RetryAt, string Reason) : CallProblem;

    /// <summary>The request may have had its effect; nobody can tell from this answer.</summary>
    public sealed record Uncertain(string Reason) : CallProblem;

    public PublishOutcome ToPublish() => this switch
    {
        Rejected r => new PublishOutcome.Failed(r.Permanent, r.Reason, r.PlatformMessage),
        Limited l => new PublishOutcome.RateLimited(l.RetryAt, l.Reason),
        Uncertain u => new PublishOutcome.Unknown(u.Reason),
        _ => throw new InvalidOperationException(),
    };

    public DeleteOutcome ToDelete() => this switch
    {
        Rejected r => new DeleteOutcome.Failed(r.Permanent, r.Reason, r.PlatformMessage),
        Limited l => new DeleteOutcome.RateLimited(l.RetryAt, l.Reason),
        Uncertain u => new DeleteOutcome.Unknown(u.Reason),
        _ => throw new InvalidOperationException(),
    };

    // Reading posts changes nothing, so a rejection while reconciling only means "cannot tell".
    public ReconcileOutcome ToReconcile() => this switch
    {
        Rejected r => new ReconcileOutcome.Undetermined(r.Reason),
        Limited l => new ReconcileOutcome.RateLimited(l.RetryAt, l.Reason),
        Uncertain u => new ReconcileOutcome.Undetermined(u.Reason),
        _ => throw new InvalidOperationException(),
    };
}
