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

    /// <summary>
    /// A success status whose body is not the platform's list of posts (a proxy's HTML page, cut-off JSON). Never read
    /// as an empty page: that would make every archived post look removed outside.
    /// </summary>
    internal static Failed Unreadable(string platformName) =>
        new(false, $"{platformName} gaf een antwoord dat geen lijst met berichten is; de berichten worden bij de volgende ronde opnieuw vergeleken.");
}
