using System.Globalization;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Timeline;

namespace Protocolwacht.Connectors.Facebook;

/// <summary>
/// The Page's own posts, newest first: <c>GET /{page-id}/feed?fields=id,message,created_time,permalink_url</c>, paged
/// by the <c>after</c> cursor; the last page has no <c>paging.next</c>.
/// </summary>
public sealed partial class FacebookConnector : ITimelineReader
{
    public async Task<TimelineOutcome> ReadTimelineAsync(TimelineRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (string.IsNullOrWhiteSpace(credentials.AccountId))
        {
            return new TimelineOutcome.Failed(true, MissingPageReason);
        }

        var relative = $"{Uri.EscapeDataString(credentials.AccountId)}/feed?fields=id,message,created_time,permalink_url&limit={request.PageSize.ToString(CultureInfo.InvariantCulture)}"
            + (request.Cursor is null ? string.Empty : $"&after={Uri.EscapeDataString(request.Cursor)}");
        var exchange = await platform.SendAsync(Bearer(HttpMethod.Get, relative, credentials), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return errors.From(exchange).ToTimeline();
        }

        var body = JsonBody.Parse(answered.Body);
        if (JsonBody.Walk(body, "data") is not { ValueKind: System.Text.Json.JsonValueKind.Array })
        {
            return TimelineOutcome.Unreadable("Facebook");
        }

        var posts = new List<TimelinePost>();
        foreach (var post in JsonBody.Array(body, "data"))
        {
            if (JsonBody.String(post, "id") is { } id && JsonBody.Time(post, "created_time") is { } createdAt)
            {
                var url = Uri.TryCreate(JsonBody.String(post, "permalink_url"), UriKind.Absolute, out var permalink) ? permalink : PostUrl(id);
                posts.Add(new TimelinePost(id, createdAt, JsonBody.String(post, "message") ?? string.Empty, url));
            }
        }

        var next = JsonBody.String(body, "paging", "next") is null ? null : JsonBody.String(body, "paging", "cursors", "after");
        return new TimelineOutcome.Page(posts, next);
    }
}
