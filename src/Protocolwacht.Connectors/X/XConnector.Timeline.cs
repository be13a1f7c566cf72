using System.Globalization;
using System.Net;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Timeline;

namespace Protocolwacht.Connectors.X;

/// <summary>
/// The account's own posts, newest first: <c>GET /2/users/:id/tweets?tweet.fields=created_at,text,note_tweet&amp;exclude=retweets</c>,
/// paged by <c>meta.next_token</c> passed back as <c>pagination_token</c>; the last page has no <c>next_token</c>. X
/// takes 5 to 100 per page. Reposts are left out: they are another account's post. X returns text with
/// <c>&amp;amp;</c>-style escapes, which are undone so the text compares with what was written. A long post (over 280
/// characters) carries only its start in <c>text</c> and the whole in <c>note_tweet.text</c>: the check and the
/// archive need the whole.
/// </summary>
public sealed partial class XConnector : ITimelineReader
{
    public async Task<TimelineOutcome> ReadTimelineAsync(TimelineRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var user = await UserIdAsync(credentials, cancellationToken);
        if (user.Problem is { } userProblem)
        {
            return userProblem.ToTimeline() with { RenewedCredentials = user.Renewed };
        }

        credentials = user.Renewed ?? credentials;
        var size = Math.Clamp(request.PageSize, 5, 100).ToString(CultureInfo.InvariantCulture);
        var relative = $"2/users/{Uri.EscapeDataString(user.Id!)}/tweets?max_results={size}&tweet.fields=created_at,text,note_tweet&exclude=retweets"
            + (request.Cursor is null ? string.Empty : $"&pagination_token={Uri.EscapeDataString(request.Cursor)}");
        var call = await CallAsync(credentials, token => Build(HttpMethod.Get, token, relative, null), cancellationToken);
        var renewed = call.Renewed ?? user.Renewed;
        TimelineOutcome outcome = call switch
        {
            { Problem: { } problem } => problem.ToTimeline(),
            { Exchange: HttpExchange.Answered { IsSuccess: true } answered } => Page(answered.Body),
            _ => Problem(call.Exchange!).ToTimeline(),
        };
        return outcome with { RenewedCredentials = renewed };
    }

    private TimelineOutcome Page(string body)
    {
        // A page always carries "meta" (with result_count); without it the answer is not a timeline, and reading it
        // as an empty one would make every archived post look removed.
        var json = JsonBody.Parse(body);
        if (JsonBody.Walk(json, "meta") is not { ValueKind: System.Text.Json.JsonValueKind.Object })
        {
            return TimelineOutcome.Unreadable("X");
        }

        var posts = new List<TimelinePost>();
        foreach (var post in JsonBody.Array(json, "data"))
        {
            if (JsonBody.String(post, "id") is { } id && JsonBody.Time(post, "created_at") is { } createdAt)
            {
                posts.Add(new TimelinePost(id, createdAt, WebUtility.HtmlDecode(JsonBody.String(post, "note_tweet", "text") ?? JsonBody.String(post, "text") ?? string.Empty), PostUrl(id)));
            }
        }

        return new TimelineOutcome.Page(posts, JsonBody.String(json, "meta", "next_token"));
    }

    /// <summary>The account's user id: stored with the credentials, else asked with <c>GET /2/users/me</c>.</summary>
    private async Task<(string? Id, CallProblem? Problem, PlatformCredentials? Renewed)> UserIdAsync(PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(credentials.AccountId))
        {
            return (credentials.AccountId, null, null);
        }

        var me = await CallAsync(credentials, token => Build(HttpMethod.Get, token, "2/users/me", null), cancellationToken);
        if (me.Problem is { } problem)
        {
            return (null, problem, me.Renewed);
        }

        if (me.Exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return (null, Problem(me.Exchange!), me.Renewed);
        }

        return JsonBody.String(JsonBody.Parse(answered.Body), "data", "id") is { } id
            ? (id, null, me.Renewed)
            : (null, problems.Unreadable("geen gebruikers-id in het antwoord"), me.Renewed);
    }
}
