using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Connectors.Mastodon;

/// <summary>
/// Mastodon's statuses API (<c>/api/v1/statuses</c>) with a bearer token. Publishing sends the
/// request's idempotency key as <c>Idempotency-Key</c>, so a retry within an hour returns the
/// status created by the first attempt instead of a second one.
/// </summary>
public sealed partial class MastodonConnector(HttpClient http, MastodonOptions options, TimeProvider time) : IPlatformConnector, IReactionReader, IReactionReporter
{
    private readonly PlatformHttp platform = new(http, time, options.Timeout);
    private readonly ProblemMapping problems = new("Mastodon", time, options);

    public string Channel => Channels.Mastodon;

    public PlatformCapabilities Capabilities => MastodonCapabilities.Value;

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (!NotSupported.MediaFits(Capabilities, request))
        {
            return NotSupported.Media(Capabilities, request);
        }

        var mediaIds = new List<string>();
        foreach (var media in request.Media)
        {
            var upload = await UploadAsync(media, credentials, cancellationToken);
            if (upload.Problem is { } problem)
            {
                return problem;
            }

            mediaIds.Add(upload.Id!);
        }

        var message = Build(HttpMethod.Post, credentials, "api/v1/statuses", StatusBody(request.Text, mediaIds));
        message.Headers.Add("Idempotency-Key", request.IdempotencyKey);
        return ToPublished(await platform.SendAsync(message, cancellationToken));
    }

    public async Task<PublishOutcome> EditAsync(EditRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var path = $"api/v1/statuses/{Uri.EscapeDataString(request.PlatformPostId)}";

        // An edit replaces the status as a whole; sending the current attachments keeps them.
        var current = await platform.SendAsync(Build(HttpMethod.Get, credentials, path, null), cancellationToken);
        if (current is not HttpExchange.Answered { IsSuccess: true } currentAnswer)
        {
            return problems.FromExchange(current, ErrorText).ToPublish();
        }

        var mediaIds = JsonBody.Array(JsonBody.Parse(currentAnswer.Body), "media_attachments")
            .Select(m => JsonBody.String(m, "id"))
            .OfType<string>()
            .ToList();
        return ToPublished(await platform.SendAsync(Build(HttpMethod.Put, credentials, path, StatusBody(request.NewText, mediaIds)), cancellationToken));
    }

    public async Task<DeleteOutcome> DeleteAsync(string platformPostId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformPostId);
        ArgumentNullException.ThrowIfNull(credentials);
        var message = Build(HttpMethod.Delete, credentials, $"api/v1/statuses/{Uri.EscapeDataString(platformPostId)}", null);
        var exchange = await platform.SendAsync(message, cancellationToken);
        return exchange switch
        {
            HttpExchange.Answered { IsSuccess: true } => new DeleteOutcome.Deleted(AlreadyGone: false),
            HttpExchange.Answered { Status: HttpStatusCode.NotFound } => new DeleteOutcome.Deleted(AlreadyGone: true),
            _ => problems.FromExchange(exchange, ErrorText).ToDelete(),
        };
    }

    public async Task<ReconcileOutcome> FindRecentAsync(ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var accountId = credentials.AccountId;
        if (accountId is null)
        {
            var me = await platform.SendAsync(Build(HttpMethod.Get, credentials, "api/v1/accounts/verify_credentials", null), cancellationToken);
            if (me is not HttpExchange.Answered { IsSuccess: true } answered || JsonBody.String(JsonBody.Parse(answered.Body), "id") is not { } id)
            {
                return me is HttpExchange.Answered { IsSuccess: true }
                    ? new ReconcileOutcome.Undetermined("Mastodon gaf het account niet terug; kan niet controleren of het bericht geplaatst is.")
                    : problems.FromExchange(me, ErrorText).ToReconcile();
            }

            accountId = id;
        }

        var notBefore = request.AttemptedAt - options.ReconcileClockSkew;
        string? maxId = null;
        for (var page = 0; page < options.ReconcileMaxPages; page++)
        {
            var query = $"api/v1/accounts/{Uri.EscapeDataString(accountId)}/statuses?limit={options.ReconcilePageSize}&exclude_reblogs=true"
                + (maxId is null ? string.Empty : $"&max_id={Uri.EscapeDataString(maxId)}");
            var exchange = await platform.SendAsync(Build(HttpMethod.Get, credentials, query, null), cancellationToken);
            if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
            {
                return problems.FromExchange(exchange, ErrorText).ToReconcile();
            }

            var statuses = JsonBody.Array(JsonBody.Parse(answered.Body)).ToList();
            foreach (var status in statuses)
            {
                var createdAt = JsonBody.Time(status, "created_at");
                if (createdAt < notBefore)
                {
                    // Newest first: everything after this is older than the attempt.
                    return new ReconcileOutcome.NotFound();
                }

                var text = MastodonStatusText.FromHtml(JsonBody.String(status, "content") ?? string.Empty);
                if (PostFingerprint.Matches(request.AccountKey, request.Fingerprint, text) && JsonBody.String(status, "id") is { } id)
                {
                    return new ReconcileOutcome.Found(id, StatusUrl(status));
                }
            }

            if (statuses.Count < options.ReconcilePageSize)
            {
                return new ReconcileOutcome.NotFound();
            }

            maxId = JsonBody.String(statuses[^1], "id");
        }

        return new ReconcileOutcome.Undetermined($"Mastodon: in de laatste {options.ReconcileMaxPages * options.ReconcilePageSize} berichten van het account is het bericht niet gevonden, maar die reiken niet terug tot de poging. Controleer het account zelf.");
    }

    private PublishOutcome ToPublished(HttpExchange exchange)
    {
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return problems.FromExchange(exchange, ErrorText).ToPublish();
        }

        var status = JsonBody.Parse(answered.Body);
        return JsonBody.String(status, "id") is { } id
            ? new PublishOutcome.Published(id, StatusUrl(status))
            : problems.Unreadable("geen id in het antwoord").ToPublish();
    }

    private HttpRequestMessage Build(HttpMethod method, PlatformCredentials credentials, string relative, HttpContent? content)
    {
        var instance = credentials.InstanceBaseUrl ?? options.BaseUrl;
        var message = new HttpRequestMessage(method, Endpoint.Combine(instance, relative)) { Content = content };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.AccessToken);
        return message;
    }

    /// <summary>
    /// Uploads one attachment and waits until the server has processed it: a status that refers to
    /// unprocessed media is refused. Nothing is published yet, so every problem here is a plain failure.
    /// </summary>
    private async Task<(string? Id, PublishOutcome? Problem)> UploadAsync(PublishMedia media, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        if (media.Content is not { } bytes)
        {
            return (null, new PublishOutcome.Failed(true, $"De bijlage {media.FileName} heeft geen inhoud om naar Mastodon te uploaden.", null));
        }

        var file = new ByteArrayContent(bytes.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue(media.ContentType);
        var form = new MultipartFormDataContent { { file, "file", media.FileName } };
        if (!string.IsNullOrWhiteSpace(media.AltText))
        {
            form.Add(new StringContent(media.AltText), "description");
        }

        var exchange = await platform.SendAsync(Build(HttpMethod.Post, credentials, "api/v2/media", form), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered || JsonBody.String(JsonBody.Parse(answered.Body), "id") is not { } id)
        {
            return (null, problems.BeforePublishing(UploadProblem(exchange), "het uploaden van een bijlage"));
        }

        // 200: processed; 202: accepted, poll GET /api/v1/media/:id until it answers 200 instead of 206.
        var processed = answered.Status == HttpStatusCode.OK;
        for (var poll = 0; !processed && poll < options.MediaMaxPolls; poll++)
        {
            await Task.Delay(options.MediaPollInterval, time, cancellationToken);
            var check = await platform.SendAsync(Build(HttpMethod.Get, credentials, $"api/v1/media/{Uri.EscapeDataString(id)}", null), cancellationToken);
            if (check is not HttpExchange.Answered { IsSuccess: true } checkAnswer)
            {
                return (null, problems.BeforePublishing(UploadProblem(check), "het verwerken van een bijlage"));
            }

            processed = checkAnswer.Status == HttpStatusCode.OK;
        }

        return processed
            ? (id, null)
            : (null, new PublishOutcome.Failed(false, "Mastodon was na herhaald wachten nog bezig met een bijlage; het bericht is nog niet geplaatst en kan later opnieuw worden geprobeerd.", null));
    }

    private CallProblem UploadProblem(HttpExchange exchange) =>
        exchange is HttpExchange.Answered { IsSuccess: true }
            ? problems.Unreadable("geen id voor de bijlage")
            : problems.FromExchange(exchange, ErrorText);

    private StringContent StatusBody(string text, IReadOnlyList<string> mediaIds)
    {
        var body = new JsonObject { ["status"] = text, ["visibility"] = options.Visibility };
        if (mediaIds.Count > 0)
        {
            body["media_ids"] = new JsonArray([.. mediaIds.Select(m => JsonValue.Create(m))]);
        }

        if (options.Language is not null)
        {
            body["language"] = options.Language;
        }

        return new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
    }

    private static Uri? StatusUrl(JsonElement? status) =>
        Uri.TryCreate(JsonBody.String(status, "url") ?? JsonBody.String(status, "uri"), UriKind.Absolute, out var url) ? url : null;

    // Mastodon errors look like {"error": "...", "error_description": "..."}.
    private static string? ErrorText(string body)
    {
        var json = JsonBody.Parse(body);
        return JsonBody.String(json, "error_description") ?? JsonBody.String(json, "error");
    }
}
