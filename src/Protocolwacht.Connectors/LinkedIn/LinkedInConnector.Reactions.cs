using System.Globalization;
using System.Text.Json;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.LinkedIn;

/// <summary>
/// Reactions are the comments of the Social Actions API (<c>GET /rest/socialActions/{post-urn}/comments</c>),
/// paged by <c>start</c> and <c>count</c> against <c>paging.total</c>. A comment names its author only by
/// URN (<c>actor</c>); no name is looked up (least data). LinkedIn offers no way to hide a comment.
/// </summary>
public sealed partial class LinkedInConnector
{
    public async Task<ReactionsOutcome> ReadReactionsAsync(ReactionsRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var start = int.TryParse(request.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var count = Math.Clamp(options.ReactionPageSize, 1, 100);
        var relative = $"rest/socialActions/{Uri.EscapeDataString(request.PlatformPostId)}/comments?start={start}&count={count}";
        var exchange = await platform.SendAsync(Build(HttpMethod.Get, credentials, relative, null, null), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return Problem(exchange).ToReactions();
        }

        var body = JsonBody.Parse(answered.Body);
        var elements = JsonBody.Array(body, "elements").ToList();
        var own = Author(credentials);
        var reactions = elements.Select(c => ToReaction(c, request.PlatformPostId, own)).OfType<PlatformReaction>().ToList();
        var total = int.TryParse(JsonBody.String(body, "paging", "total"), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : (int?)null;
        var next = start + elements.Count;
        var more = elements.Count > 0 && (total is { } known ? next < known : elements.Count == count);
        return new ReactionsOutcome.Page(reactions, more ? next.ToString(CultureInfo.InvariantCulture) : null);
    }

    public Task<ModerationOutcome> HideReactionAsync(string platformReactionId, PlatformCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult(NotSupported.Hide(Capabilities));

    private PlatformReaction? ToReaction(JsonElement comment, string postUrn, string? own)
    {
        var id = JsonBody.String(comment, "commentUrn") ?? JsonBody.String(comment, "$URN") ?? JsonBody.String(comment, "id");
        if (id is null || !long.TryParse(JsonBody.String(comment, "created", "time"), NumberStyles.None, CultureInfo.InvariantCulture, out var millis)
            || UnixTime.FromMilliseconds(millis) is not { } createdAt)
        {
            return null;
        }

        var actor = JsonBody.String(comment, "actor");
        return new PlatformReaction(
            id,
            JsonBody.String(comment, "parentComment") ?? postUrn,
            actor,
            null,
            JsonBody.String(comment, "message", "text") ?? string.Empty,
            createdAt,
            PostUrl(postUrn),
            FromAccount: actor is not null && actor == own,
            Hidden: null);
    }
}
