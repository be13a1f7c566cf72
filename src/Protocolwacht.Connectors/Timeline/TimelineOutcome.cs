namespace Protocolwacht.Connectors.Timeline;

/// <summary>The answer to <see cref="ITimelineReader.ReadTimelineAsync"/>: <see cref="Page"/>, <see cref="RateLimited"/>, <see cref="Failed"/>.</summary>
public abstract record TimelineOutcome
{
    private TimelineOutcome()
    {
    }

    /// <inheritdoc cref="PublishOutcome.RenewedCredentials"/>
    public PlatformCredentials? RenewedCredentials { get; init; }

    /// <param name="NextCursor">Null when this was the oldest page.</param>
    public sealed record Page(IReadOnlyList<TimelinePost> Posts, string? NextCursor) : TimelineOutcome;

    /// <summary>The platform asks to wait; ask nothing of this account before <paramref name="RetryAt"/>.</summary>
    public sealed record RateLimited(DateTimeOffset RetryAt, string Reason) : TimelineOutcome;

    /// <param name="Permanent">True when asking again will not help (token rejected).</param>
    public sealed record Failed(bool Permanent, string Reason) : TimelineOutcome;
}
