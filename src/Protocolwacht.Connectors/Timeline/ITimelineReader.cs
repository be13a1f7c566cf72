namespace Protocolwacht.Connectors.Timeline;

/// <summary>
/// Lists an account's own recent posts, newest first, one page at a time, as the platform shows them now:
/// reconciliation compares them with the archive (issue #13 item 3). Like <see cref="IPlatformConnector"/>, it
/// never throws for platform or network trouble. Reading changes nothing, so a caller that loses an answer asks again.
/// </summary>
public interface ITimelineReader
{
    /// <summary>The channel code, the same as the connector's.</summary>
    string Channel { get; }

    /// <summary>One page of the account's posts; pass the returned cursor for the next (older) page.</summary>
    Task<TimelineOutcome> ReadTimelineAsync(TimelineRequest request, PlatformCredentials credentials, CancellationToken cancellationToken);
}

/// <param name="PageSize">How many posts to ask for in one page (the platform may return fewer).</param>
/// <param name="Cursor">Null for the newest page; otherwise <see cref="TimelineOutcome.Page.NextCursor"/> of the previous page.</param>
public sealed record TimelineRequest(int PageSize, string? Cursor = null);

/// <summary>A post as the platform shows it: its id, time (UTC), plain text and public address.</summary>
public sealed record TimelinePost(string PlatformId, DateTimeOffset CreatedAt, string Text, Uri? Url);
