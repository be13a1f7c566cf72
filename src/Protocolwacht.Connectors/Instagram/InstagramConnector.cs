using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Meta;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Connectors.Instagram;

/// <summary>
/// Instagram's two-step content publishing: create a media container from a public image URL and
/// caption, wait until Instagram has processed it, then publish the container. Only the publish
/// step can put a post online, so only an unclear answer to that step is "unknown".
/// </summary>
public sealed partial class InstagramConnector(HttpClient http, InstagramOptions options, TimeProvider time) : IPlatformConnector, IReactionReader
{
    private const string MissingAccountReason = "Voor Instagram ontbreekt het id van het zakelijke account. Koppel het account opnieuw.";
    private readonly PlatformHttp platform = new(http, time, options.Timeout);
    private readonly GraphErrors errors = new("Instagram", time, options);

    public string Channel => Channels.Instagram;

    public PlatformCapabilities Capabilities => InstagramCapabilities.Value;

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (request.Media.Count == 0)
        {
            return new PublishOutcome.Failed(true, "Instagram plaatst geen berichten met alleen tekst. Voeg een afbeelding toe of kies een ander account.", null);
        }

        if (!NotSupported.MediaFits(Capabilities, request))
        {
            return NotSupported.Media(Capabilities, request);
        }

        if (request.Media.Any(m => m.PublicUrl is null))
        {
            return new PublishOutcome.Failed(true, "Instagram haalt de afbeelding zelf op en heeft daarvoor een openbaar adres (URL) van de afbeelding nodig; dat ontbreekt.", null);
        }

        if (string.IsNullOrWhiteSpace(credentials.AccountId))
        {
            return new PublishOutcome.Failed(true, MissingAccountReason, null);
        }

        var container = request.Media.Count == 1
            ? await CreateContainerAsync(credentials, ImageFields(request.Media[0], ("caption", request.Text)), "het voorbereiden van de afbeelding", cancellationToken)
            : await CreateCarouselAsync(credentials, request, cancellationToken);
        if (container.Problem is { } containerProblem)
        {
            return containerProblem;
        }

        if (await WaitUntilReadyAsync(credentials, container.Id!, cancellationToken) is { } notReady)
        {
            return notReady;
        }

        var publish = Form($"{Uri.EscapeDataString(credentials.AccountId)}/media_publish", credentials, ("creation_id", container.Id!));
        var exchange = await platform.SendAsync(publish, cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return errors.From(exchange).ToPublish();
        }

        return JsonBody.String(JsonBody.Parse(answered.Body), "id") is { } mediaId
            ? new PublishOutcome.Published(mediaId, await PermalinkAsync(credentials, mediaId, cancellationToken))
            : errors.Problems.Unreadable("geen media-id in het antwoord").ToPublish();
    }

    public Task<PublishOutcome> EditAsync(EditRequest request, PlatformCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult(NotSupported.Edit(Capabilities));

    public Task<DeleteOutcome> DeleteAsync(string platformPostId, PlatformCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult(NotSupported.Delete(Capabilities));

    public async Task<ReconcileOutcome> FindRecentAsync(ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (string.IsNullOrWhiteSpace(credentials.AccountId))
        {
            return new ReconcileOutcome.Undetermined(MissingAccountReason);
        }

        var notBefore = request.AttemptedAt - options.ReconcileClockSkew;
        string? after = null;
        for (var page = 0; page < options.ReconcileMaxPages; page++)
        {
            var relative = $"{Uri.EscapeDataString(credentials.AccountId)}/media?fields=id,caption,timestamp,permalink&limit={options.ReconcilePageSize}"
                + (after is null ? string.Empty : $"&after={Uri.EscapeDataString(after)}");
            var exchange = await platform.SendAsync(Bearer(HttpMethod.Get, relative, credentials), cancellationToken);
            if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
            {
                return errors.From(exchange).ToReconcile();
            }

            var body = JsonBody.Parse(answered.Body);
            foreach (var media in JsonBody.Array(body, "data"))
            {
                if (GraphTime.Parse(JsonBody.String(media, "timestamp")) < notBefore)
                {
                    // The media edge lists newest first: the rest predates the attempt.
                    return new ReconcileOutcome.NotFound();
                }

                if (PostFingerprint.Matches(request.AccountKey, request.Fingerprint, JsonBody.String(media, "caption") ?? string.Empty)
                    && JsonBody.String(media, "id") is { } id)
                {
                    return new ReconcileOutcome.Found(id, Uri.TryCreate(JsonBody.String(media, "permalink"), UriKind.Absolute, out var url) ? url : null);
                }
            }

            after = JsonBody.String(body, "paging", "cursors", "after");
            if (after is null || JsonBody.String(body, "paging", "next") is null)
            {
                return new ReconcileOutcome.NotFound();
            }
        }

        return new ReconcileOutcome.Undetermined($"Instagram: in de laatste {options.ReconcileMaxPages * options.ReconcilePageSize} berichten van het account is het bericht niet gevonden, maar die reiken niet terug tot de poging. Controleer het account zelf.");
    }

    private async Task<(string? Id, PublishOutcome? Problem)> CreateContainerAsync(
        PlatformCredentials credentials, (string Name, string Value)[] fields, string step, CancellationToken cancellationToken)
    {
        var create = Form($"{Uri.EscapeDataString(credentials.AccountId!)}/media", credentials, fields);
        var exchange = await platform.SendAsync(create, cancellationToken);
        if (exchange is HttpExchange.Answered { IsSuccess: true } answered && JsonBody.String(JsonBody.Parse(answered.Body), "id") is { } id)
        {
            return (id, null);
        }

        var problem = exchange is HttpExchange.Answered { IsSuccess: true } ? errors.Problems.Unreadable("geen id in het antwoord") : errors.From(exchange);
        return (null, errors.Problems.BeforePublishing(problem, step));
    }

    /// <summary>The image's address and, when the author described it, its alt text (<c>alt_text</c>, image containers only).</summary>
    private static (string Name, string Value)[] ImageFields(PublishMedia image, params (string Name, string Value)[] more) =>
    [
        ("image_url", image.PublicUrl!.AbsoluteUri),
        .. string.IsNullOrWhiteSpace(image.AltText) ? [] : new[] { ("alt_text", image.AltText.Trim()) },
        .. more,
    ];

    /// <summary>Returns null when the container is FINISHED, otherwise the outcome to report.</summary>
    private async Task<PublishOutcome?> WaitUntilReadyAsync(PlatformCredentials credentials, string containerId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < options.ContainerMaxPolls; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(options.ContainerPollInterval, time, cancellationToken);
            }

            var exchange = await platform.SendAsync(Bearer(HttpMethod.Get, $"{Uri.EscapeDataString(containerId)}?fields=status_code,status", credentials), cancellationToken);
            if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
            {
                return errors.Problems.BeforePublishing(errors.From(exchange), "het controleren van de afbeelding");
            }

            var body = JsonBody.Parse(answered.Body);
            switch (JsonBody.String(body, "status_code"))
            {
                case "FINISHED":
                    return null;
                case "ERROR" or "EXPIRED":
                    var status = JsonBody.String(body, "status");
                    return new PublishOutcome.Failed(true, errors.Problems.WithPlatformMessage(
                        "Instagram kon de afbeelding niet verwerken (controleer formaat en afmetingen, en of het adres openbaar is).", status), status);
            }
        }

        return new PublishOutcome.Failed(false, "Instagram was na herhaald wachten nog bezig met de afbeelding; het bericht is nog niet geplaatst en kan later opnieuw worden geprobeerd.", null);
    }

    private async Task<Uri?> PermalinkAsync(PlatformCredentials credentials, string mediaId, CancellationToken cancellationToken)
    {
        // Best effort: the post is online either way, a missing link must not turn success into doubt.
        var exchange = await platform.SendAsync(Bearer(HttpMethod.Get, $"{Uri.EscapeDataString(mediaId)}?fields=permalink", credentials), cancellationToken);
        return exchange is HttpExchange.Answered { IsSuccess: true } answered
            && Uri.TryCreate(JsonBody.String(JsonBody.Parse(answered.Body), "permalink"), UriKind.Absolute, out var url) ? url : null;
    }

    private HttpRequestMessage Form(string relative, PlatformCredentials credentials, params (string Name, string Value)[] fields) =>
        GraphRequests.Form(options, relative, credentials, fields);

    private HttpRequestMessage Bearer(HttpMethod method, string relative, PlatformCredentials credentials) =>
        GraphRequests.Bearer(options, method, relative, credentials);
}
