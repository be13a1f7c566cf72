using System.Text.Json;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Meta;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Instagram;

/// <summary>
/// Reactions are the media's comments edge (<c>GET /{ig-media-id}/comments</c>, top-level comments),
/// paged by the <c>after</c> cursor. A comment is hidden with <c>POST /{ig-comment-id}</c> and
/// <c>hide=true</c>. Replies to comments live on each comment's own replies edge and are not read yet.
/// </summary>
public sealed partial class InstagramConnector
{
    private const string CommentFields = "id,text,timestamp,username,from,hidden,parent_id";

    public async Task<ReactionsOutcome> ReadReactionsAsync(ReactionsRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var relative = $"{Uri.EscapeDataString(request.PlatformPostId)}/comments?fields={Uri.EscapeDataString(CommentFields)}&{GraphComments.PageQuery(options, request)}";
        var exchange = await platform.SendAsync(GraphRequests.Bearer(options, HttpMethod.Get, relative, credentials), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return errors.From(exchange).ToReactions();
        }

        var body = JsonBody.Parse(answered.Body);
        var reactions = JsonBody.Array(body, "data").Select(c => ToReaction(c, request.PlatformPostId, credentials)).OfType<PlatformReaction>().ToList();
        return new ReactionsOutcome.Page(reactions, GraphComments.NextCursor(body));
    }

    public async Task<ModerationOutcome> HideReactionAsync(string platformReactionId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformReactionId);
        ArgumentNullException.ThrowIfNull(credentials);
        var exchange = await platform.SendAsync(GraphRequests.Form(options, Uri.EscapeDataString(platformReactionId), credentials, [("hide", "true")]), cancellationToken);
        return GraphComments.Moderated(exchange, errors, "Instagram");
    }

    private static PlatformReaction? ToReaction(JsonElement comment, string mediaId, PlatformCredentials credentials)
    {
        if (JsonBody.String(comment, "id") is not { } id || GraphTime.Parse(JsonBody.String(comment, "timestamp")) is not { } createdAt)
        {
            return null;
        }

        var authorId = JsonBody.String(comment, "from", "id");
        var username = JsonBody.String(comment, "username") ?? JsonBody.String(comment, "from", "username");
        return new PlatformReaction(
            id,
            JsonBody.String(comment, "parent_id") ?? mediaId,
            username is null ? authorId : "@" + username,
            null,
            JsonBody.String(comment, "text") ?? string.Empty,
            createdAt,
            null,
            FromAccount: authorId is not null && authorId == credentials.AccountId,
            Hidden: JsonBody.String(comment, "hidden") is { } hidden ? hidden == "true" : null);
    }
}
