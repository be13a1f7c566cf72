using System.Globalization;
using System.Text.Json;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Timeline;

namespace Protocolwacht.Connectors.LinkedIn;

/// <summary>
/// The organisation's posts, newest first: the Posts API author finder
/// <c>GET /rest/posts?author={urn}&amp;q=author&amp;count=N&amp;start=M&amp;sortBy=CREATED</c>. LinkedIn pages by offset, so the
/// cursor is the next <c>start</c>; a page shorter than asked, or a <c>paging.total</c> that is reached, is the last.
/// Drafts and failed publications are left out: nobody sees them on the page. The text is <c>commentary</c>
/// (little-text escapes undone), the time <c>publishedAt</c> (else <c>createdAt</c>), in epoch milliseconds.
/// </summary>
public sealed partial class LinkedInConnector : ITimelineReader
{
    private static readonly HashSet<string> Unseen = new(StringComparer.Ordinal) { "DRAFT", "PUBLISH_FAILED" };

    public async Task<TimelineOutcome> ReadTimelineAsync(TimelineRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (Author(credentials) is not { } author)
        {
            return MissingOrganisation().ToTimeline();
        }

        var start = int.TryParse(request.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : 0;
        var count = Math.Clamp(request.PageSize, 1, 100);
        var relative = $"rest/posts?author={Uri.EscapeDataString(author)}&q=author&count={count.ToString(CultureInfo.InvariantCulture)}&start={start.ToString(CultureInfo.InvariantCulture)}&sortBy=CREATED";
        var exchange = await platform.SendAsync(Build(HttpMethod.Get, credentials, relative, null, "FINDER"), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return Problem(exchange).ToTimeline();
        }

        // A finder always answers with an "elements" array; anything else read as an empty page would make every
        // archived post look removed.
        var body = JsonBody.Parse(answered.Body);
        if (JsonBody.Walk(body, "elements") is not { ValueKind: JsonValueKind.Array } array)
        {
            return TimelineOutcome.Unreadable("LinkedIn");
        }

        var posts = new List<TimelinePost>();
        foreach (var post in array.EnumerateArray())
        {
            if (JsonBody.String(post, "id") is { } urn && !Unseen.Contains(JsonBody.String(post, "lifecycleState") ?? string.Empty)
                && (Millis(post, "publishedAt") ?? Millis(post, "createdAt")) is { } at)
            {
                posts.Add(new TimelinePost(urn, at, LittleText.Unescape(JsonBody.String(post, "commentary") ?? string.Empty), PostUrl(urn)));
            }
        }

        var next = start + array.GetArrayLength();
        var last = array.GetArrayLength() < count
            || (int.TryParse(JsonBody.String(body, "paging", "total"), NumberStyles.None, CultureInfo.InvariantCulture, out var total) && next >= total);
        return new TimelineOutcome.Page(posts, last ? null : next.ToString(CultureInfo.InvariantCulture));
    }

    private static DateTimeOffset? Millis(JsonElement post, string field) =>
        long.TryParse(JsonBody.String(post, field), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? UnixTime.FromMilliseconds(ms) : null;
}
