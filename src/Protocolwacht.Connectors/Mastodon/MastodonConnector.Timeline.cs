using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Timeline;

namespace Protocolwacht.Connectors.Mastodon;

/// <summary>
/// The account's statuses, newest first: <c>GET /api/v1/accounts/:id/statuses?limit=…&amp;max_id=…</c>. The cursor
/// is the id of the oldest status of the page (Mastodon pages backwards by <c>max_id</c>); a page shorter than asked
/// is the last. Boosts are left out: they are another account's post, not one placed on this account.
/// </summary>
public sealed partial class MastodonConnector : ITimelineReader
{
    public async Task<TimelineOutcome> ReadTimelineAsync(TimelineRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.AccountId is not { } accountId)
        {
            return new TimelineOutcome.Failed(true, "Mastodon: van dit account is het account-id niet bekend; koppel het account opnieuw.");
        }

        var query = $"api/v1/accounts/{Uri.EscapeDataString(accountId)}/statuses?limit={request.PageSize}&exclude_reblogs=true"
            + (request.Cursor is null ? string.Empty : $"&max_id={Uri.EscapeDataString(request.Cursor)}");
        var exchange = await platform.SendAsync(Build(HttpMethod.Get, credentials, query, null), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return problems.FromExchange(exchange, ErrorText).ToTimeline();
        }

        // The answer is always an array; anything else read as an empty page would make every archived post look removed.
        if (JsonBody.Parse(answered.Body) is not { ValueKind: System.Text.Json.JsonValueKind.Array } array)
        {
            return TimelineOutcome.Unreadable("Mastodon");
        }

        var statuses = array.EnumerateArray().ToList();
        var posts = new List<TimelinePost>(statuses.Count);
        foreach (var status in statuses)
        {
            if (JsonBody.String(status, "id") is { } id && JsonBody.Time(status, "created_at") is { } createdAt)
            {
                var text = System.Net.WebUtility.HtmlDecode(MastodonStatusText.FromHtml(JsonBody.String(status, "content") ?? string.Empty));
                posts.Add(new TimelinePost(id, createdAt, text, StatusUrl(status)));
            }
        }

        var next = statuses.Count < request.PageSize || statuses.Count == 0 ? null : JsonBody.String(statuses[^1], "id");
        return new TimelineOutcome.Page(posts, next);
    }
}
