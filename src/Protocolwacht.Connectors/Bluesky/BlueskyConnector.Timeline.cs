using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Timeline;

namespace Protocolwacht.Connectors.Bluesky;

/// <summary>
/// The account's own post records, newest first: <c>com.atproto.repo.listRecords</c> on the
/// <c>app.bsky.feed.post</c> collection of its repository, paged by <c>cursor</c>. Unlike
/// <c>app.bsky.feed.getAuthorFeed</c> it holds only what the account itself posted (no reposts), exactly what the
/// archive compares with; a deleted post's record is gone from it.
/// </summary>
public sealed partial class BlueskyConnector : ITimelineReader
{
    public async Task<TimelineOutcome> ReadTimelineAsync(TimelineRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var call = await CallAsync(credentials, session => Get(credentials, session,
            $"xrpc/com.atproto.repo.listRecords?repo={Uri.EscapeDataString(session.Did)}&collection={PostCollection}&limit={request.PageSize}"
            + (request.Cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(request.Cursor)}")), cancellationToken);
        if (call.Problem is { } problem)
        {
            return problem.ToTimeline();
        }

        if (call.Exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return problems.FromExchange(call.Exchange!, ErrorText).ToTimeline();
        }

        var body = JsonBody.Parse(answered.Body);
        if (JsonBody.Walk(body, "records") is not { ValueKind: System.Text.Json.JsonValueKind.Array })
        {
            return TimelineOutcome.Unreadable("Bluesky");
        }

        var posts = new List<TimelinePost>();
        foreach (var record in JsonBody.Array(body, "records"))
        {
            if (JsonBody.String(record, "uri") is { } uri && BlueskyRecordUri.Parse(uri) is { } parsed && JsonBody.Time(record, "value", "createdAt") is { } createdAt)
            {
                posts.Add(new TimelinePost(uri, createdAt, JsonBody.String(record, "value", "text") ?? string.Empty, PostUrl(parsed)));
            }
        }

        return new TimelineOutcome.Page(posts, JsonBody.String(body, "cursor"));
    }
}
