using System.Globalization;
using System.Text.Json;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Meta;
using Protocolwacht.Connectors.Timeline;

namespace Protocolwacht.Connectors.Instagram;

/// <summary>
/// The account's own media, newest first: <c>GET /{ig-user-id}/media?fields=id,caption,timestamp,permalink</c>, paged
/// by the <c>after</c> cursor while <c>paging.next</c> is present (the last page has none). The caption is the text.
/// </summary>
public sealed partial class InstagramConnector : ITimelineReader
{
    public async Task<TimelineOutcome> ReadTimelineAsync(TimelineRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (string.IsNullOrWhiteSpace(credentials.AccountId))
        {
            return new TimelineOutcome.Failed(true, MissingAccountReason);
        }

        var relative = $"{Uri.EscapeDataString(credentials.AccountId)}/media?fields=id,caption,timestamp,permalink&limit={request.PageSize.ToString(CultureInfo.InvariantCulture)}"
            + (request.Cursor is null ? string.Empty : $"&after={Uri.EscapeDataString(request.Cursor)}");
        var exchange = await platform.SendAsync(Bearer(HttpMethod.Get, relative, credentials), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return errors.From(exchange).ToTimeline();
        }

        // Graph always answers an edge with a "data" array; anything else read as an empty page would make every
        // archived post look removed.
        var body = JsonBody.Parse(answered.Body);
        if (JsonBody.Walk(body, "data") is not { ValueKind: JsonValueKind.Array })
        {
            return TimelineOutcome.Unreadable("Instagram");
        }

        var posts = new List<TimelinePost>();
        foreach (var media in JsonBody.Array(body, "data"))
        {
            if (JsonBody.String(media, "id") is { } id && GraphTime.Parse(JsonBody.String(media, "timestamp")) is { } timestamp)
            {
                var url = Uri.TryCreate(JsonBody.String(media, "permalink"), UriKind.Absolute, out var permalink) ? permalink : null;
                posts.Add(new TimelinePost(id, timestamp, JsonBody.String(media, "caption") ?? string.Empty, url));
            }
        }

        var next = JsonBody.String(body, "paging", "next") is null ? null : JsonBody.String(body, "paging", "cursors", "after");
        return new TimelineOutcome.Page(posts, next);
    }
}
