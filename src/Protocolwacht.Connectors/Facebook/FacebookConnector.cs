using System.Globalization;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Meta;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Connectors.Facebook;

/// <summary>
/// A Facebook Page through the Graph API feed edge, with a page access token. Writes send the token
/// as the documented <c>access_token</c> form field; reads and deletes send it as a bearer header
/// so that it never appears in a URL (URLs end up in logs).
/// </summary>
public sealed partial class FacebookConnector(HttpClient http, FacebookOptions options, TimeProvider time) : IPlatformConnector, IReactionReader
{
    private readonly PlatformHttp platform = new(http, time, options.Timeout);
    private const string MissingPageReason = "Voor Facebook ontbreekt het id van de pagina. Koppel het account opnieuw en vul het pagina-id in.";
    private readonly GraphErrors errors = new("Facebook", time, options);

    public string Channel => Channels.Facebook;

    public PlatformCapabilities Capabilities => FacebookCapabilities.Value;

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (!NotSupported.MediaFits(Capabilities, request))
        {
            return NotSupported.Media(Capabilities, request);
        }

        if (string.IsNullOrWhiteSpace(credentials.AccountId))
        {
            return new PublishOutcome.Failed(true, MissingPageReason, null);
        }

        if (request.Media.Any(m => m.PublicUrl is null))
        {
            return new PublishOutcome.Failed(true, "Facebook haalt de afbeelding zelf op en heeft daarvoor een openbaar adres (URL) van de afbeelding nodig; dat ontbreekt.", null);
        }

        var page = Uri.EscapeDataString(credentials.AccountId);
        HttpRequestMessage message;
        IReadOnlyList<string> unpublished = [];
        if (request.Media.Count == 0)
        {
            message = Form($"{page}/feed", credentials, ("message", request.Text));
        }
        else if (request.Media.Count == 1)
        {
            message = Form($"{page}/photos", credentials, PhotoFields(request.Media[0], ("caption", request.Text), ("published", "true")));
        }
        else
        {
            var photos = await UploadUnpublishedAsync(page, request.Media, credentials, cancellationToken);
            if (photos.Problem is { } problem)
            {
                return problem;
            }

            message = Form($"{page}/feed", credentials, [("message", request.Text), .. AttachedMedia(photos.Ids)]);
            unpublished = photos.Ids;
        }

        var exchange = await platform.SendAsync(message, cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            var outcome = errors.From(exchange).ToPublish();
            if (outcome is PublishOutcome.Failed or PublishOutcome.RateLimited)
            {
                await DeletePhotosAsync(unpublished, credentials, cancellationToken); // refused: no post shows them
            }

            return outcome;
        }

        // The photos edge answers {"id": photo, "post_id": feed post}; the feed post is what reconciliation and delete see.
        var body = JsonBody.Parse(answered.Body);
        return (JsonBody.String(body, "post_id") ?? JsonBody.String(body, "id")) is { } id
            ? new PublishOutcome.Published(id, PostUrl(id))
            : errors.Problems.Unreadable("geen id in het antwoord").ToPublish();
    }

    public async Task<PublishOutcome> EditAsync(EditRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var exchange = await platform.SendAsync(Form(Uri.EscapeDataString(request.PlatformPostId), credentials, ("message", request.NewText)), cancellationToken);
        return exchange is HttpExchange.Answered { IsSuccess: true }
            ? new PublishOutcome.Published(request.PlatformPostId, PostUrl(request.PlatformPostId))
            : errors.From(exchange).ToPublish();
    }

    public async Task<DeleteOutcome> DeleteAsync(string platformPostId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformPostId);
        ArgumentNullException.ThrowIfNull(credentials);
        var exchange = await platform.SendAsync(Bearer(HttpMethod.Delete, Uri.EscapeDataString(platformPostId), credentials), cancellationToken);
        return exchange switch
        {
            HttpExchange.Answered { IsSuccess: true } => new DeleteOutcome.Deleted(AlreadyGone: false),
            _ when GraphErrors.IsMissingObject(exchange) => new DeleteOutcome.Deleted(AlreadyGone: true),
            _ => errors.From(exchange).ToDelete(),
        };
    }

    public async Task<ReconcileOutcome> FindRecentAsync(ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (string.IsNullOrWhiteSpace(credentials.AccountId))
        {
            return new ReconcileOutcome.Undetermined(MissingPageReason);
        }

        // "since" makes Graph return only posts of the attempt's window, so the last page ends the search.
        var since = (request.AttemptedAt - options.ReconcileClockSkew).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        string? after = null;
        for (var page = 0; page < options.ReconcileMaxPages; page++)
        {
            var relative = $"{Uri.EscapeDataString(credentials.AccountId)}/feed?fields=id,message,created_time,permalink_url&limit={options.ReconcilePageSize}&since={since}"
                + (after is null ? string.Empty : $"&after={Uri.EscapeDataString(after)}");
            var exchange = await platform.SendAsync(Bearer(HttpMethod.Get, relative, credentials), cancellationToken);
            if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
            {
                return errors.From(exchange).ToReconcile();
            }

            var body = JsonBody.Parse(answered.Body);
            foreach (var post in JsonBody.Array(body, "data"))
            {
                if (PostFingerprint.Matches(request.AccountKey, request.Fingerprint, JsonBody.String(post, "message") ?? string.Empty)
                    && JsonBody.String(post, "id") is { } id)
                {
                    var permalink = Uri.TryCreate(JsonBody.String(post, "permalink_url"), UriKind.Absolute, out var url) ? url : PostUrl(id);
                    return new ReconcileOutcome.Found(id, permalink);
                }
            }

            after = JsonBody.String(body, "paging", "cursors", "after");
            if (after is null || JsonBody.String(body, "paging", "next") is null)
            {
                return new ReconcileOutcome.NotFound();
            }
        }

        return new ReconcileOutcome.Undetermined($"Facebook: meer dan {options.ReconcileMaxPages * options.ReconcilePageSize} berichten op de pagina sinds de poging; het bericht is daarin niet gevonden. Controleer de pagina zelf.");
    }

    private HttpRequestMessage Form(string relative, PlatformCredentials credentials, params (string Name, string Value)[] fields) =>
        GraphRequests.Form(options, relative, credentials, fields);

    private HttpRequestMessage Bearer(HttpMethod method, string relative, PlatformCredentials credentials) =>
        GraphRequests.Bearer(options, method, relative, credentials);

    private Uri PostUrl(string id) => Endpoint.Combine(options.WebUrl, id);
}
