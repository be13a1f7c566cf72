using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Connectors.X;

/// <summary>
/// X API v2 with an OAuth 2.0 user token. When X answers 401 and a refresh token is known, the
/// connector refreshes once (POST /2/oauth2/token) and repeats the call; the outcome then carries
/// the new credentials, which the caller must store because X rotates the refresh token.
/// </summary>
public sealed partial class XConnector(HttpClient http, XOptions options, TimeProvider time) : IPlatformConnector, IReactionReader
{
    private const string DuplicateContent = "duplicate content";
    private readonly PlatformHttp platform = new(http, time, options.Timeout);
    private readonly ProblemMapping problems = new("X", time, options);

    public string Channel => Channels.X;

    public PlatformCapabilities Capabilities => XCapabilities.Value;

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (!NotSupported.MediaFits(Capabilities, request))
        {
            return NotSupported.Media(Capabilities, request);
        }

        PlatformCredentials? renewed = null;
        var mediaIds = new JsonArray();
        foreach (var media in request.Media)
        {
            var upload = await UploadAsync(media, renewed ?? credentials, cancellationToken);
            renewed = upload.Renewed ?? renewed;
            if (upload.Problem is { } uploadProblem)
            {
                return uploadProblem with { RenewedCredentials = renewed };
            }

            mediaIds.Add(upload.Id);
        }

        var body = new JsonObject { ["text"] = request.Text };
        if (request.InReplyToPostId is { } parent)
        {
            body["reply"] = new JsonObject { ["in_reply_to_tweet_id"] = parent };
        }

        if (mediaIds.Count > 0)
        {
            body["media"] = new JsonObject { ["media_ids"] = mediaIds };
        }

        var call = await CallAsync(renewed ?? credentials, token => Build(HttpMethod.Post, token, "2/tweets", body.DeepClone().AsObject()), cancellationToken);
        PublishOutcome outcome = call switch
        {
            { Problem: { } problem } => problem.ToPublish(),
            { Exchange: HttpExchange.Answered { IsSuccess: true } answered } =>
                JsonBody.String(JsonBody.Parse(answered.Body), "data", "id") is { } id
                    ? new PublishOutcome.Published(id, PostUrl(id))
                    : problems.Unreadable("geen id in het antwoord").ToPublish(),
            _ => Problem(call.Exchange!).ToPublish(),
        };
        return outcome with { RenewedCredentials = call.Renewed ?? renewed };
    }

    /// <summary>Uploads one image (base64 in JSON, as the v2 media endpoint takes it). Nothing is published yet.</summary>
    private async Task<(string? Id, PublishOutcome? Problem, PlatformCredentials? Renewed)> UploadAsync(PublishMedia media, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        if (media.Content is not { } bytes)
        {
            return (null, new PublishOutcome.Failed(true, $"De afbeelding {media.FileName} heeft geen inhoud om naar X te uploaden.", null), null);
        }

        var body = new JsonObject
        {
            ["media"] = Convert.ToBase64String(bytes.Span),
            ["media_category"] = "tweet_image",
            ["media_type"] = media.ContentType,
        };
        var call = await CallAsync(credentials, token => Build(HttpMethod.Post, token, "2/media/upload", body.DeepClone().AsObject()), cancellationToken);
        if (call.Problem is { } problem)
        {
            return (null, problem.ToPublish(), call.Renewed);
        }

        if (call.Exchange is HttpExchange.Answered { IsSuccess: true } answered && JsonBody.String(JsonBody.Parse(answered.Body), "data", "id") is { } id)
        {
            return string.IsNullOrWhiteSpace(media.AltText)
                ? (id, null, call.Renewed)
                : await DescribeAsync(id, media.AltText, call.Renewed ?? credentials, call.Renewed, cancellationToken);
        }

        var failure = call.Exchange is HttpExchange.Answered { IsSuccess: true } ? problems.Unreadable("geen media-id in het antwoord") : Problem(call.Exchange!);
        return (null, problems.BeforePublishing(failure, "het uploaden van een afbeelding"), call.Renewed);
    }

    /// <summary>
    /// Gives an uploaded image its alt text: <c>POST /2/media/metadata</c> with <c>{"id", "metadata": {"alt_text": {"text"}}}</c>
    /// (at most 1,000 characters), before the post names the media id. Nothing is published yet.
    /// </summary>
    private async Task<(string? Id, PublishOutcome? Problem, PlatformCredentials? Renewed)> DescribeAsync(
        string mediaId, string altText, PlatformCredentials credentials, PlatformCredentials? renewedBefore, CancellationToken cancellationToken)
    {
        var text = altText.Trim();
        var body = new JsonObject
        {
            ["id"] = mediaId,
            ["metadata"] = new JsonObject { ["alt_text"] = new JsonObject { ["text"] = text.Length > MaxAltText ? text[..MaxAltText] : text } },
        };
        var call = await CallAsync(credentials, token => Build(HttpMethod.Post, token, "2/media/metadata", body.DeepClone().AsObject()), cancellationToken);
        var renewed = call.Renewed ?? renewedBefore;
        if (call.Problem is { } problem)
        {
            return (null, problem.ToPublish(), renewed);
        }

        return call.Exchange is HttpExchange.Answered { IsSuccess: true }
            ? (mediaId, null, renewed)
            : (null, problems.BeforePublishing(Problem(call.Exchange!), "het toevoegen van de beschrijving (alt-tekst) van een afbeelding"), renewed);
    }

    private const int MaxAltText = 1000;

    public Task<PublishOutcome> EditAsync(EditRequest request, PlatformCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult(NotSupported.Edit(Capabilities));

    public async Task<DeleteOutcome> DeleteAsync(string platformPostId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformPostId);
        ArgumentNullException.ThrowIfNull(credentials);
        var call = await CallAsync(credentials, token => Build(HttpMethod.Delete, token, $"2/tweets/{Uri.EscapeDataString(platformPostId)}", null), cancellationToken);
        DeleteOutcome outcome = call switch
        {
            { Problem: { } problem } => problem.ToDelete(),
            { Exchange: HttpExchange.Answered { IsSuccess: true } } => new DeleteOutcome.Deleted(AlreadyGone: false),
            { Exchange: HttpExchange.Answered { Status: HttpStatusCode.NotFound } } => new DeleteOutcome.Deleted(AlreadyGone: true),
            _ => Problem(call.Exchange!).ToDelete(),
        };
        return outcome with { RenewedCredentials = call.Renewed };
    }

    public async Task<ReconcileOutcome> FindRecentAsync(ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var (userId, lookupProblem, renewed) = await UserIdAsync(credentials, cancellationToken);
        credentials = renewed ?? credentials;
        if (userId is null) // the helper gives either an id or a problem
        {
            return lookupProblem!.ToReconcile() with { RenewedCredentials = renewed };
        }

        var startTime = (request.AttemptedAt - options.ReconcileClockSkew).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        string? next = null;
        var pageSize = Math.Clamp(options.ReconcilePageSize, 5, 100); // X answers 400 outside 5 to 100
        for (var page = 0; page < options.ReconcileMaxPages; page++)
        {
            var relative = $"2/users/{Uri.EscapeDataString(userId)}/tweets?max_results={pageSize}&start_time={startTime}&tweet.fields=created_at"
                + (next is null ? string.Empty : $"&pagination_token={Uri.EscapeDataString(next)}");
            var call = await CallAsync(credentials, token => Build(HttpMethod.Get, token, relative, null), cancellationToken);
            if (call.Renewed is not null)
            {
                renewed = call.Renewed;
                credentials = renewed;
            }

            if (call.Problem is { } problem)
            {
                return problem.ToReconcile() with { RenewedCredentials = renewed };
            }

            if (call.Exchange is not HttpExchange.Answered { IsSuccess: true } answered)
            {
                return Problem(call.Exchange!).ToReconcile() with { RenewedCredentials = renewed };
            }

            var body = JsonBody.Parse(answered.Body);
            foreach (var post in JsonBody.Array(body, "data"))
            {
                if (PostFingerprint.Matches(request.AccountKey, request.Fingerprint, JsonBody.String(post, "text") ?? string.Empty)
                    && JsonBody.String(post, "id") is { } id)
                {
                    return new ReconcileOutcome.Found(id, PostUrl(id)) { RenewedCredentials = renewed };
                }
            }

            // start_time limits the timeline to the attempt's window, so the last page ends the search.
            next = JsonBody.String(body, "meta", "next_token");
            if (next is null)
            {
                return new ReconcileOutcome.NotFound { RenewedCredentials = renewed };
            }
        }

        return new ReconcileOutcome.Undetermined($"X: meer dan {options.ReconcileMaxPages * pageSize} berichten sinds de poging; het bericht is daarin niet gevonden. Controleer het account zelf.") { RenewedCredentials = renewed };
    }

    /// <summary>
    /// Sends a call; on 401 refreshes the token once and sends it again. A 401 means X did not
    /// act on the request, so repeating it cannot double a post.
    /// </summary>
    private async Task<XCall> CallAsync(PlatformCredentials credentials, Func<string, HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var exchange = await platform.SendAsync(build(credentials.AccessToken), cancellationToken);
        if (exchange is not HttpExchange.Answered { Status: HttpStatusCode.Unauthorized } || credentials.RefreshToken is null || options.ClientId is null)
        {
            return new XCall(exchange, null, null);
        }

        var refreshed = await RefreshAsync(credentials, cancellationToken);
        if (refreshed.Problem is not null)
        {
            return refreshed;
        }

        var renewed = refreshed.Renewed!;
        return new XCall(await platform.SendAsync(build(renewed.AccessToken), cancellationToken), null, renewed);
    }

    private async Task<XCall> RefreshAsync(PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = credentials.RefreshToken!,
            ["client_id"] = options.ClientId!,
        };
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoint.Combine(options.BaseUrl, "2/oauth2/token")) { Content = new FormUrlEncodedContent(form) };
        if (options.ClientSecret is not null)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.ClientId}:{options.ClientSecret}"));
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        var exchange = await platform.SendAsync(message, cancellationToken);
        if (exchange is HttpExchange.Answered { IsSuccess: true } answered)
        {
            var body = JsonBody.Parse(answered.Body);
            if (JsonBody.String(body, "access_token") is { } access && HeaderValue.IsUsable(access))
            {
                var renewed = credentials with { AccessToken = access, RefreshToken = JsonBody.String(body, "refresh_token") ?? credentials.RefreshToken };
                return new XCall(null, null, renewed);
            }
        }

        if (exchange is HttpExchange.Answered rejected)
        {
            // invalid_grant and friends: the refresh token is spent or revoked; only reconnecting helps.
            var json = JsonBody.Parse(rejected.Body);
            var platformMessage = JsonBody.String(json, "error_description") ?? JsonBody.String(json, "error");
            return new XCall(null, problems.TokenRejected(platformMessage), null);
        }

        // Refreshing publishes nothing: without an answer the post is simply not sent yet.
        return new XCall(null, new CallProblem.Rejected(false, "X gaf geen antwoord bij het vernieuwen van het token; het bericht is nog niet verstuurd.", null), null);
    }

    private CallProblem Problem(HttpExchange exchange)
    {
        if (exchange is not HttpExchange.Answered answered)
        {
            return problems.FromExchange(exchange, ErrorText);
        }

        var message = ErrorText(answered.Body);
        if (answered.Status == HttpStatusCode.Forbidden && message?.Contains(DuplicateContent, StringComparison.OrdinalIgnoreCase) == true)
        {
            return new CallProblem.Rejected(true, problems.WithPlatformMessage(
                "X weigert dit bericht omdat dit account al een bericht met precies dezelfde tekst heeft geplaatst.", message), message);
        }

        // The 24-hour user limit has its own reset header and outlasts the 15-minute window.
        if (answered.Status == HttpStatusCode.TooManyRequests && answered.Header("x-user-limit-24hour-remaining") == "0"
            && long.TryParse(answered.Header("x-user-limit-24hour-reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var dayReset)
            && UnixTime.FromSeconds(dayReset) is { } resetAt)
        {
            return problems.RateLimitedUntil(resetAt, message);
        }

        return problems.FromAnswer(answered, message);
    }

    private HttpRequestMessage Build(HttpMethod method, string accessToken, string relative, JsonObject? body)
    {
        var message = new HttpRequestMessage(method, Endpoint.Combine(options.BaseUrl, relative));
        if (body is not null)
        {
            message.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return message;
    }

    private Uri PostUrl(string id) => Endpoint.Combine(options.WebUrl, $"i/web/status/{id}");

    // X v2 errors are problem documents: {"title", "detail", "type", "status"}, sometimes with "errors": [{"message"}].
    private static string? ErrorText(string body)
    {
        var json = JsonBody.Parse(body);
        var first = JsonBody.Array(json, "errors").Select(e => JsonBody.String(e, "message")).FirstOrDefault(m => m is not null);
        return JsonBody.String(json, "detail") is { } detail
            ? first is null || detail.Contains(first, StringComparison.Ordinal) ? detail : $"{detail} {first}"
            : first ?? JsonBody.String(json, "title");
    }

    private sealed record XCall(HttpExchange? Exchange, CallProblem? Problem, PlatformCredentials? Renewed);
}
