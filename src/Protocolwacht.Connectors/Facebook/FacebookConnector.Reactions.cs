using System.Text.Json;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Meta;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Facebook;

/// <summary>
/// Reactions are the page post's comments edge (<c>GET /{post-id}/comments</c>, <c>filter=stream</c> so
/// replies to comments come too, oldest first), paged by the <c>after</c> cursor. A comment is hidden with
/// <c>POST /{comment-id}</c> and <c>is_hidden=true</c>: hidden from everyone but its author and their friends.
/// </summary>
public sealed partial class FacebookConnector
{
    private const string CommentFields = "id,message,created_time,from{id,name},is_hidden,parent{id},permalink_url";

    public async Task<ReactionsOutcome> ReadReactionsAsync(ReactionsRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var relative = $"{Uri.EscapeDataString(request.PlatformPostId)}/comments?fields={Uri.EscapeDataString(CommentFields)}&filter=stream&order=chronological&{GraphComments.PageQuery(options, request)}";
        var exchange = await platform.SendAsync(Bearer(HttpMethod.Get, relative, credentials), cancellationToken);
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
        var exchange = await platform.SendAsync(Form(Uri.EscapeDataString(platformReactionId), credentials, ("is_hidden", "true")), cancellationToken);
        return GraphComments.Moderated(exchange, errors, "Facebook");
    }

    private PlatformReaction? ToReaction(JsonElement comment, string postId, PlatformCredentials credentials)
    {
        if (JsonBody.String(comment, "id") is not { } id || GraphTime.Parse(JsonBody.String(comment, "created_time")) is not { } createdAt)
        {
            return null;
        }

        var authorId = JsonBody.String(comment, "from", "id");
        return new PlatformReaction(
            id,
            JsonBody.String(comment, "parent", "id") ?? postId,
            authorId,
            JsonBody.String(comment, "from", "name"),
            JsonBody.String(comment, "message") ?? string.Empty,
            createdAt,
            Uri.TryCreate(JsonBody.String(comment, "permalink_url"), UriKind.Absolute, out var url) ? url : PostUrl(id),
            FromAccount: authorId is not null && authorId == credentials.AccountId,
            Hidden: JsonBody.String(comment, "is_hidden") is { } hidden ? hidden == "true" : null);
    }
}
