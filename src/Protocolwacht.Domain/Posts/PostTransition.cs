namespace Protocolwacht.Domain.Posts;

/// <summary>
/// One recorded workflow step: who (a staff id, or <see cref="SystemActor"/>), when (UTC, from the
/// injected clock), why (Dutch, may be null). <see cref="Sequence"/> numbers the steps of one post from 1.
/// Append-only: a post never changes or removes a recorded step.
/// </summary>
public sealed record PostTransition(
    int Sequence,
    PostAction Action,
    PostState From,
    PostState To,
    string ActorId,
    DateTimeOffset At,
    string? Reason)
{
    /// <summary>The actor id for steps the system takes on its own (escalation).</summary>
    public const string SystemActor = "systeem";

    /// <summary>
    /// When the system wrote the reason: its code (<see cref="PostTransitionReasons"/>), so a page can say it in the
    /// reader's language. Null for a reason a person wrote and for steps recorded before stop 38.
    /// </summary>
    public string? ReasonCode { get; init; }

    /// <summary>The code's arguments (invariant text), empty when it has none.</summary>
    public IReadOnlyList<string>? ReasonArguments { get; init; }
}
