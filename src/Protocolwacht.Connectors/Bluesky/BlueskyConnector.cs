using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Connectors.Bluesky;

/// <summary>
/// Bluesky through the AT Protocol XRPC API of the account's PDS. Credentials are the handle (or
/// DID) and an app password; the connector makes a session with createSession, keeps it in memory,
/// and renews it with refreshSession (or a new session) when the PDS says the access token expired.
/// </summary>
public sealed partial class BlueskyConnector(HttpClient http, BlueskyOptions options, TimeProvider time) : IPlatformConnector, IReactionReader, IReactionReporter
{
    private const string PostCollection = "app.bsky.feed.post";
    private readonly PlatformHttp platform = new(http, time, options.Timeout);
    private readonly ProblemMapping problems = new("Bluesky", time, options);
    private readonly ConcurrentDictionary<string, BlueskySession> sessions = new(StringComparer.Ordinal);

    public string Channel => Channels.Bluesky;

    public PlatformCapabilities Capabilities => BlueskyCapabilities.Value;

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (!NotSupported.MediaFits(Capabilities, request))
        {
            return NotSupported.Media(Capabilities, request);
        }

        var images = new JsonArray();
        foreach (var media in request.Media)
        {
            var upload = await UploadAsync(media, credentials, cancellationToken);
            if (upload.Problem is { } uploadProblem)
            {
                return uploadProblem;
            }

            images.Add(new JsonObject { ["alt"] = media.AltText ?? string.Empty, ["image"] = upload.Blob });
        }

        var record = PostRecord(request.Text);
        if (images.Count > 0)
        {
            record["embed"] = new JsonObject { ["$type"] = "app.bsky.embed.images", ["images"] = images };
        }

        var call = await CallAsync(credentials, session => Post(credentials, "com.atproto.repo.createRecord", session, new JsonObject
        {
            ["repo"] = session.Did,
            ["collection"] = PostCollection,
            ["record"] = record.DeepClone(),
        }), cancellationToken);
        if (call.Problem is { } problem)
        {
            return problem.ToPublish();
        }

        if (call.Exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return problems.FromExchange(call.Exchange!, ErrorText).ToPublish();
        }

        var uri = JsonBody.String(JsonBody.Parse(answered.Body), "uri");
        return uri is not null && BlueskyRecordUri.Parse(uri) is { } parsed
            ? new PublishOutcome.Published(uri, PostUrl(parsed))
            : problems.Unreadable("geen record-URI in het antwoord").ToPublish();
    }

    public Task<PublishOutcome> EditAsync(EditRequest request, PlatformCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult(NotSupported.Edit(Capabilities));

    public async Task<DeleteOutcome> DeleteAsync(string platformPostId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var record = BlueskyRecordUri.Parse(platformPostId)
            ?? throw new ArgumentException($"Not an AT URI of a record: {platformPostId}", nameof(platformPostId));
        var call = await CallAsync(credentials, session => Post(credentials, "com.atproto.repo.deleteRecord", session, new JsonObject
        {
            ["repo"] = record.Repo,
            ["collection"] = record.Collection,
            ["rkey"] = record.RecordKey,
        }), cancellationToken);
        return call switch
        {
            { Problem: { } problem } => problem.ToDelete(),
            { Exchange: HttpExchange.Answered { IsSuccess: true } } => new DeleteOutcome.Deleted(AlreadyGone: false),
            _ => problems.FromExchange(call.Exchange!, ErrorText).ToDelete(),
        };
    }

    public async Task<ReconcileOutcome> FindRecentAsync(ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var notBefore = request.AttemptedAt - options.ReconcileClockSkew;
        string? cursor = null;
        for (var page = 0; page < options.ReconcileMaxPages; page++)
        {
            var pageCursor = cursor;
            var call = await CallAsync(credentials, session => Get(credentials, session,
                $"xrpc/com.atproto.repo.listRecords?repo={Uri.EscapeDataString(session.Did)}&collection={PostCollection}&limit={options.ReconcilePageSize}"
                + (pageCursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(pageCursor)}")), cancellationToken);
            if (call.Problem is { } problem)
            {
                return problem.ToReconcile();
            }

            if (call.Exchange is not HttpExchange.Answered { IsSuccess: true } answered)
            {
                return problems.FromExchange(call.Exchange!, ErrorText).ToReconcile();
            }

            var body = JsonBody.Parse(answered.Body);
            foreach (var record in JsonBody.Array(body, "records"))
            {
                if (JsonBody.Time(record, "value", "createdAt") < notBefore)
                {
                    // listRecords returns newest first; the rest is older than the attempt.
                    return new ReconcileOutcome.NotFound();
                }

                var text = JsonBody.String(record, "value", "text") ?? string.Empty;
                if (PostFingerprint.Matches(request.AccountKey, request.Fingerprint, text)
                    && JsonBody.String(record, "uri") is { } uri && BlueskyRecordUri.Parse(uri) is { } parsed)
                {
                    return new ReconcileOutcome.Found(uri, PostUrl(parsed));
                }
            }

            cursor = JsonBody.String(body, "cursor");
            if (cursor is null)
            {
                return new ReconcileOutcome.NotFound();
            }
        }

        return new ReconcileOutcome.Undetermined($"Bluesky: in de laatste {options.ReconcileMaxPages * options.ReconcilePageSize} berichten van het account is het bericht niet gevonden, maar die reiken niet terug tot de poging. Controleer het account zelf.");
    }

    /// <summary>Uploads one image as a blob; the blob reference goes into the post's embed. Nothing is published yet.</summary>
    private async Task<(JsonNode? Blob, PublishOutcome? Problem)> UploadAsync(PublishMedia media, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        if (media.Content is not { } bytes)
        {
            return (null, new PublishOutcome.Failed(true, $"De afbeelding {media.FileName} heeft geen inhoud om naar Bluesky te uploaden.", null));
        }

        var call = await CallAsync(credentials, session =>
        {
            var content = new ByteArrayContent(bytes.ToArray());
            content.Headers.ContentType = new MediaTypeHeaderValue(media.ContentType);
            var message = new HttpRequestMessage(HttpMethod.Post, Endpoint.Combine(Pds(credentials), "xrpc/com.atproto.repo.uploadBlob")) { Content = content };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessJwt);
            return message;
        }, cancellationToken);
        if (call.Problem is { } problem)
        {
            return (null, problem.ToPublish());
        }

        if (call.Exchange is HttpExchange.Answered { IsSuccess: true } answered
            && JsonBody.Walk(JsonBody.Parse(answered.Body), "blob") is { ValueKind: JsonValueKind.Object } blob)
        {
            return (JsonNode.Parse(blob.GetRawText()), null);
        }

        var failure = call.Exchange is HttpExchange.Answered { IsSuccess: true } ? problems.Unreadable("geen blob in het antwoord") : problems.FromExchange(call.Exchange!, ErrorText);
        return (null, problems.BeforePublishing(failure, "het uploaden van een afbeelding"));
    }

    /// <summary>
    /// Runs one authorised call. An expired access token is answered before the PDS does anything,
    /// so renewing the session and sending the same call again cannot double a post.
    /// </summary>
    private async Task<AuthorisedCall> CallAsync(PlatformCredentials credentials, Func<BlueskySession, HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var key = SessionKey(credentials);
        var session = sessions.TryGetValue(key, out var cached) ? cached : null;
        if (session is null)
        {
            var created = await CreateSessionAsync(credentials, cancellationToken);
            if (created.Problem is not null)
            {
                return created;
            }

            session = created.Session!;
        }

        var exchange = await platform.SendAsync(build(session), cancellationToken);
        if (!IsExpired(exchange))
        {
            sessions[key] = session;
            return new AuthorisedCall(exchange, null, session);
        }

        sessions.TryRemove(key, out _);
        var renewed = await RefreshSessionAsync(credentials, session, cancellationToken);
        if (renewed.Problem is not null)
        {
            renewed = await CreateSessionAsync(credentials, cancellationToken);
            if (renewed.Problem is not null)
            {
                return renewed;
            }
        }

        sessions[key] = renewed.Session!;
        return new AuthorisedCall(await platform.SendAsync(build(renewed.Session!), cancellationToken), null, renewed.Session);
    }

    private async Task<AuthorisedCall> CreateSessionAsync(PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(credentials.AccountId))
        {
            return new AuthorisedCall(null, new CallProblem.Rejected(true, "Voor Bluesky ontbreekt de handle van het account. Koppel het account opnieuw met handle en app-wachtwoord.", null), null);
        }

        var message = new HttpRequestMessage(HttpMethod.Post, Endpoint.Combine(Pds(credentials), "xrpc/com.atproto.server.createSession"))
        {
            Content = Json(new JsonObject { ["identifier"] = credentials.AccountId, ["password"] = credentials.AccessToken }),
        };
        return SessionFrom(await platform.SendAsync(message, cancellationToken));
    }

    private async Task<AuthorisedCall> RefreshSessionAsync(PlatformCredentials credentials, BlueskySession session, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoint.Combine(Pds(credentials), "xrpc/com.atproto.server.refreshSession"));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.RefreshJwt);
        return SessionFrom(await platform.SendAsync(message, cancellationToken));
    }

    private const string UnusableSession = "Bluesky gaf geen bruikbaar antwoord bij het aanmelden; het bericht is nog niet verstuurd.";

    private AuthorisedCall SessionFrom(HttpExchange exchange)
    {
        if (exchange is HttpExchange.Answered { IsSuccess: true } answered)
        {
            var body = JsonBody.Parse(answered.Body);
            if (JsonBody.String(body, "accessJwt") is { } access && JsonBody.String(body, "refreshJwt") is { } refresh && JsonBody.String(body, "did") is { } did
                && HeaderValue.IsUsable(access) && HeaderValue.IsUsable(refresh))
            {
                return new AuthorisedCall(null, null, new BlueskySession(access, refresh, did, JsonBody.String(body, "handle") ?? did));
            }
        }

        if (exchange is HttpExchange.Answered { IsSuccess: true })
        {
            // Success without a usable session (a token missing, or one no header can carry) is unclear, not a refusal.
            return new AuthorisedCall(null, new CallProblem.Rejected(false, UnusableSession, null), null);
        }

        if (exchange is HttpExchange.Answered { Status: HttpStatusCode.Unauthorized } rejected)
        {
            var platformMessage = ErrorText(rejected.Body);
            return new AuthorisedCall(null, new CallProblem.Rejected(true, problems.WithPlatformMessage(
                "Bluesky accepteert de handle of het app-wachtwoord van dit account niet (meer). Koppel het account opnieuw.", platformMessage), platformMessage), null);
        }

        // Making a session publishes nothing, so an unclear answer here is a plain, retryable failure.
        var problem = problems.FromExchange(exchange, ErrorText);
        return new AuthorisedCall(null, problem is CallProblem.Uncertain
            ? new CallProblem.Rejected(false, UnusableSession, null)
            : problem, null);
    }

    private static bool IsExpired(HttpExchange exchange) =>
        exchange is HttpExchange.Answered { Status: HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized } answered
        && JsonBody.String(JsonBody.Parse(answered.Body), "error") is "ExpiredToken" or "InvalidToken";

    private HttpRequestMessage Post(PlatformCredentials credentials, string method, BlueskySession session, JsonObject body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoint.Combine(Pds(credentials), $"xrpc/{method}")) { Content = Json(body) };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessJwt);
        return message;
    }

    private HttpRequestMessage Get(PlatformCredentials credentials, BlueskySession session, string relative)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, Endpoint.Combine(Pds(credentials), relative));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessJwt);
        return message;
    }

    private JsonObject PostRecord(string text)
    {
        var record = new JsonObject
        {
            ["$type"] = PostCollection,
            ["text"] = text,
            ["createdAt"] = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        if (options.Languages.Count > 0)
        {
            record["langs"] = new JsonArray([.. options.Languages.Select(l => JsonValue.Create(l))]);
        }

        return record;
    }

    private Uri PostUrl(BlueskyRecordUri record) =>
        Endpoint.Combine(options.WebAppUrl, $"profile/{record.Repo}/post/{record.RecordKey}");

    private Uri Pds(PlatformCredentials credentials) => credentials.InstanceBaseUrl ?? options.BaseUrl;

    // The password is part of the key so that a changed app password never reuses an old session.
    private string SessionKey(PlatformCredentials credentials) =>
        $"{Pds(credentials)}|{credentials.AccountId}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credentials.AccessToken)))}";

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    // XRPC errors look like {"error": "InvalidRequest", "message": "..."}.
    private static string? ErrorText(string body)
    {
        var json = JsonBody.Parse(body);
        var error = JsonBody.String(json, "error");
        var message = JsonBody.String(json, "message");
        return (error, message) switch
        {
            (not null, not null) => $"{error}: {message}",
            _ => message ?? error,
        };
    }

    private sealed record AuthorisedCall(HttpExchange? Exchange, CallProblem? Problem, BlueskySession? Session);
}
