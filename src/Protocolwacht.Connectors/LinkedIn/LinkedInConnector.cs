using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Connectors.LinkedIn;

/// <summary>
/// LinkedIn's versioned Posts API (<c>/rest/posts</c>) for organisation pages. Every call carries
/// <c>LinkedIn-Version</c> and <c>X-Restli-Protocol-Version: 2.0.0</c>; a created post's URN comes
/// back in the <c>x-restli-id</c> header, not the body.
/// </summary>
public sealed partial class LinkedInConnector(HttpClient http, LinkedInOptions options, TimeProvider time) : IPlatformConnector, IReactionReader
{
    private const string OrganisationUrnPrefix = "urn:li:organization:";
    private readonly PlatformHttp platform = new(http, time, options.Timeout);
    private readonly ProblemMapping problems = new("LinkedIn", time, options);

    public string Channel => Channels.LinkedIn;

    public PlatformCapabilities Capabilities => LinkedInCapabilities.Value;

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (!NotSupported.MediaFits(Capabilities, request))
        {
            return NotSupported.Media(Capabilities, request);
        }

        if (Author(credentials) is not { } author)
        {
            return MissingOrganisation().ToPublish();
        }

        var images = new List<(string Urn, string AltText)>(request.Media.Count);
        foreach (var media in request.Media)
        {
            var upload = await UploadImageAsync(media, author, credentials, cancellationToken);
            if (upload.Problem is { } problem)
            {
                return problem;
            }

            images.Add((upload.Urn!, media.AltText?.Trim() ?? string.Empty));
        }

        var body = new JsonObject
        {
            ["author"] = author,
            ["commentary"] = LittleText.Escape(request.Text),
            ["visibility"] = "PUBLIC",
            ["distribution"] = new JsonObject
            {
                ["feedDistribution"] = "MAIN_FEED",
                ["targetEntities"] = new JsonArray(),
                ["thirdPartyDistributionChannels"] = new JsonArray(),
            },
            ["lifecycleState"] = "PUBLISHED",
            ["isReshareDisabledByAuthor"] = false,
        };
        if (ImageContent(images) is { } content)
        {
            body["content"] = content;
        }

        var exchange = await platform.SendAsync(Build(HttpMethod.Post, credentials, "rest/posts", body, null), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return Problem(exchange).ToPublish();
        }

        return answered.Header("x-restli-id") is { Length: > 0 } urn
            ? new PublishOutcome.Published(urn, PostUrl(urn))
            : problems.Unreadable("geen x-restli-id in het antwoord").ToPublish();
    }

    public async Task<PublishOutcome> EditAsync(EditRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var patch = new JsonObject { ["patch"] = new JsonObject { ["$set"] = new JsonObject { ["commentary"] = LittleText.Escape(request.NewText) } } };
        var exchange = await platform.SendAsync(Build(HttpMethod.Post, credentials, PostPath(request.PlatformPostId), patch, "PARTIAL_UPDATE"), cancellationToken);
        return exchange is HttpExchange.Answered { IsSuccess: true }
            ? new PublishOutcome.Published(request.PlatformPostId, PostUrl(request.PlatformPostId))
            : Problem(exchange).ToPublish();
    }

    public async Task<DeleteOutcome> DeleteAsync(string platformPostId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformPostId);
        ArgumentNullException.ThrowIfNull(credentials);
        var exchange = await platform.SendAsync(Build(HttpMethod.Delete, credentials, PostPath(platformPostId), null, "DELETE"), cancellationToken);
        return exchange switch
        {
            HttpExchange.Answered { IsSuccess: true } => new DeleteOutcome.Deleted(AlreadyGone: false),
            HttpExchange.Answered { Status: HttpStatusCode.NotFound or HttpStatusCode.Gone } => new DeleteOutcome.Deleted(AlreadyGone: true),
            _ => Problem(exchange).ToDelete(),
        };
    }

    public async Task<ReconcileOutcome> FindRecentAsync(ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (Author(credentials) is not { } author)
        {
            return MissingOrganisation().ToReconcile();
        }

        var notBefore = request.AttemptedAt - options.ReconcileClockSkew;
        for (var page = 0; page < options.ReconcileMaxPages; page++)
        {
            var relative = $"rest/posts?author={Uri.EscapeDataString(author)}&q=author&count={options.ReconcilePageSize}&start={page * options.ReconcilePageSize}&sortBy=CREATED";
            var exchange = await platform.SendAsync(Build(HttpMethod.Get, credentials, relative, null, "FINDER"), cancellationToken);
            if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
            {
                return Problem(exchange).ToReconcile();
            }

            var elements = JsonBody.Array(JsonBody.Parse(answered.Body), "elements").ToList();
            foreach (var post in elements)
            {
                if (long.TryParse(JsonBody.String(post, "createdAt"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var createdMs)
                    && UnixTime.FromMilliseconds(createdMs) < notBefore)
                {
                    // Sorted by creation, newest first: the rest predates the attempt.
                    return new ReconcileOutcome.NotFound();
                }

                var text = LittleText.Unescape(JsonBody.String(post, "commentary") ?? string.Empty);
                if (PostFingerprint.Matches(request.AccountKey, request.Fingerprint, text) && JsonBody.String(post, "id") is { } urn)
                {
                    return new ReconcileOutcome.Found(urn, PostUrl(urn));
                }
            }

            if (elements.Count < options.ReconcilePageSize)
            {
                return new ReconcileOutcome.NotFound();
            }
        }

        return new ReconcileOutcome.Undetermined($"LinkedIn: in de laatste {options.ReconcileMaxPages * options.ReconcilePageSize} berichten van de organisatie is het bericht niet gevonden, maar die reiken niet terug tot de poging. Controleer de pagina zelf.");
    }

    /// <summary>
    /// One image is <c>content.media</c>; two or more are <c>content.multiImage.images</c> (the Posts API's multi-image
    /// post, 2 to 20), each with its <c>altText</c>, in the post's order.
    /// </summary>
    private static JsonObject? ImageContent(IReadOnlyList<(string Urn, string AltText)> images) => images.Count switch
    {
        0 => null,
        1 => new JsonObject { ["media"] = new JsonObject { ["id"] = images[0].Urn, ["altText"] = images[0].AltText } },
        _ => new JsonObject
        {
            ["multiImage"] = new JsonObject
            {
                ["images"] = new JsonArray([.. images.Select(i => (JsonNode)new JsonObject { ["id"] = i.Urn, ["altText"] = i.AltText })]),
            },
        },
    };

    /// <summary>Registers an image for the organisation and uploads its bytes. Nothing is published yet.</summary>
    private async Task<(string? Urn, PublishOutcome? Problem)> UploadImageAsync(PublishMedia media, string owner, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        if (media.Content is not { } bytes)
        {
            return (null, new PublishOutcome.Failed(true, $"De afbeelding {media.FileName} heeft geen inhoud om naar LinkedIn te uploaden.", null));
        }

        var initialize = new JsonObject { ["initializeUploadRequest"] = new JsonObject { ["owner"] = owner } };
        var exchange = await platform.SendAsync(Build(HttpMethod.Post, credentials, "rest/images?action=initializeUpload", initialize, null), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return (null, problems.BeforePublishing(Problem(exchange), "het aanmelden van de afbeelding"));
        }

        var value = JsonBody.Parse(answered.Body);
        if (JsonBody.String(value, "value", "image") is not { } urn
            || !Uri.TryCreate(JsonBody.String(value, "value", "uploadUrl"), UriKind.Absolute, out var uploadUrl))
        {
            return (null, problems.BeforePublishing(problems.Unreadable("geen upload-adres voor de afbeelding"), "het aanmelden van de afbeelding"));
        }

        var content = new ByteArrayContent(bytes.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(media.ContentType);
        var put = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = content };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.AccessToken);
        var uploaded = await platform.SendAsync(put, cancellationToken);
        return uploaded is HttpExchange.Answered { IsSuccess: true }
            ? (urn, null)
            : (null, problems.BeforePublishing(Problem(uploaded), "het uploaden van de afbeelding"));
    }

    private CallProblem Problem(HttpExchange exchange)
    {
        if (exchange is HttpExchange.Answered answered && ErrorText(answered.Body) is { } message
            && answered.Status == HttpStatusCode.UnprocessableEntity && message.Contains("duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return new CallProblem.Rejected(true, problems.WithPlatformMessage(
                "LinkedIn weigert dit bericht omdat de organisatie al een bericht met dezelfde inhoud heeft geplaatst.", message), message);
        }

        return problems.FromExchange(exchange, ErrorText);
    }

    private CallProblem MissingOrganisation() => new CallProblem.Rejected(true,
        "Voor LinkedIn ontbreekt het organisatie-id van de pagina. Koppel het account opnieuw en vul het organisatie-id in.", null);

    private HttpRequestMessage Build(HttpMethod method, PlatformCredentials credentials, string relative, JsonObject? body, string? restliMethod)
    {
        var message = new HttpRequestMessage(method, Endpoint.Combine(options.BaseUrl, relative));
        if (body is not null)
        {
            message.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.AccessToken);
        message.Headers.Add("LinkedIn-Version", options.ApiVersion);
        message.Headers.Add("X-Restli-Protocol-Version", "2.0.0");
        if (restliMethod is not null)
        {
            message.Headers.Add("X-RestLi-Method", restliMethod);
        }

        return message;
    }

    private static string? Author(PlatformCredentials credentials) => credentials.AccountId switch
    {
        null or "" => null,
        var id when id.StartsWith("urn:li:", StringComparison.Ordinal) => id,
        var id => OrganisationUrnPrefix + id,
    };

    private static string PostPath(string urn) => $"rest/posts/{Uri.EscapeDataString(urn)}";

    private Uri PostUrl(string urn) => Endpoint.Combine(options.WebUrl, $"feed/update/{urn}/");

    // LinkedIn errors look like {"status": 422, "serviceErrorCode": 100, "code": "...", "message": "..."}.
    private static string? ErrorText(string body) => JsonBody.String(JsonBody.Parse(body), "message");
}
