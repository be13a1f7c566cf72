using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Meta;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Instagram;

/// <summary>
/// A reply to a comment goes on the comment's replies edge: <c>POST /{ig-comment-id}/replies</c> with
/// <c>message</c>, answered with <c>{"id"}</c>. The same edge, read (<c>GET /{ig-comment-id}/replies</c>, paged
/// by the <c>after</c> cursor), is where it is found again by its fingerprint.
/// </summary>
public sealed partial class InstagramConnector : IReactionReplier
{
    public async Task<PublishOutcome> ReplyAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var target = request.ReplyTo ?? throw new ArgumentException("A reply needs its target.", nameof(request));
        var exchange = await platform.SendAsync(Form($"{Uri.EscapeDataString(target.ReactionId)}/replies", credentials, ("message", request.Text)), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return errors.From(exchange).ToPublish();
        }

        return JsonBody.String(JsonBody.Parse(answered.Body), "id") is { } id
            ? new PublishOutcome.Published(id, null)
            : errors.Problems.Unreadable("geen id in het antwoord").ToPublish();
    }

    public Task<ReconcileOutcome> FindReplyAsync(ReconcileRequest request, ReplyTarget target, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ThreadSearch.FindAsync(ReadRepliesAsync, target.ReactionId, request, credentials, cancellationToken);
    }

    private async Task<ReactionsOutcome> ReadRepliesAsync(ReactionsRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        var relative = $"{Uri.EscapeDataString(request.PlatformPostId)}/replies?fields={Uri.EscapeDataString(CommentFields)}&{GraphComments.PageQuery(options, request)}";
        var exchange = await platform.SendAsync(GraphRequests.Bearer(options, HttpMethod.Get, relative, credentials), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return errors.From(exchange).ToReactions();
        }

        var body = JsonBody.Parse(answered.Body);
        var replies = JsonBody.Array(body, "data").Select(c => ToReaction(c, request.PlatformPostId, credentials)).OfType<PlatformReaction>().ToList();
        return new ReactionsOutcome.Page(replies, GraphComments.NextCursor(body));
    }
}
