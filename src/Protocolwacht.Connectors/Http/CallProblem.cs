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
    public sealed record Uncertain(string Reason) : CallProblem
    {
        /// <summary>When the platform asked to be called again (<c>Retry-After</c> with a 503 or another server error); null when it did not say.</summary>
        public DateTimeOffset? RetryAt { get; init; }
    }

    public PublishOutcome ToPublish() => this switch
    {
        Rejected r => new PublishOutcome.Failed(r.Permanent, r.Reason, r.PlatformMessage),
        Limited l => new PublishOutcome.RateLimited(l.RetryAt, l.Reason),
        Uncertain u => new PublishOutcome.Unknown(u.Reason) { RetryAt = u.RetryAt },
        _ => throw new InvalidOperationException(),
    };

    public DeleteOutcome ToDelete() => this switch
    {
        Rejected r => new DeleteOutcome.Failed(r.Permanent, r.Reason, r.PlatformMessage),
        Limited l => new DeleteOutcome.RateLimited(l.RetryAt, l.Reason),
        Uncertain u => new DeleteOutcome.Unknown(u.Reason) { RetryAt = u.RetryAt },
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

    public Reactions.ReactionsOutcome ToReactions() => this switch
    {
        Rejected r => new Reactions.ReactionsOutcome.Failed(r.Permanent, r.Reason),
        Limited l => new Reactions.ReactionsOutcome.RateLimited(l.RetryAt, l.Reason),

        // Reading changes nothing on the platform: an unclear answer is just a read to repeat later.
        Uncertain => new Reactions.ReactionsOutcome.Failed(false, "Het platform gaf geen duidelijk antwoord; de reacties worden later opnieuw opgehaald."),
        _ => throw new InvalidOperationException(),
    };

    public Reactions.ModerationOutcome ToModeration() => this switch
    {
        Rejected r => new Reactions.ModerationOutcome.Failed(r.Permanent, r.Reason),
        Limited l => new Reactions.ModerationOutcome.RateLimited(l.RetryAt, l.Reason),

        // Hiding twice is harmless (the platforms answer success for an already hidden reaction).
        Uncertain => new Reactions.ModerationOutcome.Failed(false, "Het platform gaf geen duidelijk antwoord; probeer het verbergen later opnieuw."),
        _ => throw new InvalidOperationException(),
    };

    public Reactions.ModerationOutcome ToReport() => this switch
    {
        Rejected r => new Reactions.ModerationOutcome.Failed(r.Permanent, r.Reason),
        Limited l => new Reactions.ModerationOutcome.RateLimited(l.RetryAt, l.Reason),

        // A second report of the same reaction only adds a line to the moderators' queue: worth the retry.
        Uncertain => new Reactions.ModerationOutcome.Failed(false, "Het platform gaf geen duidelijk antwoord; de melding is misschien niet aangekomen. Probeer het later opnieuw."),
        _ => throw new InvalidOperationException(),
    };

    public Timeline.TimelineOutcome ToTimeline() => this switch
    {
        Rejected r => new Timeline.TimelineOutcome.Failed(r.Permanent, r.Reason),
        Limited l => new Timeline.TimelineOutcome.RateLimited(l.RetryAt, l.Reason),

        // Reading changes nothing on the platform: an unclear answer is just a read to repeat next round.
        Uncertain => new Timeline.TimelineOutcome.Failed(false, "Het platform gaf geen duidelijk antwoord; de berichten worden later opnieuw vergeleken."),
        _ => throw new InvalidOperationException(),
    };
}
