using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Meta;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Facebook;

/// <summary>
/// A reply to a comment is a comment on the comment: <c>POST /{comment-id}/comments</c> with <c>message</c>,
/// answered with <c>{"id"}</c>. It is found again in the post's comments (<c>filter=stream</c> lists the
/// replies to comments too), by its fingerprint.
/// </summary>
public sealed partial class FacebookConnector : IReactionReplier
{
    public async Task<PublishOutcome> ReplyAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var target = request.ReplyTo ?? throw new ArgumentException("A reply needs its target.", nameof(request));
        var exchange = await platform.SendAsync(Form($"{Uri.EscapeDataString(target.ReactionId)}/comments", credentials, ("message", request.Text)), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return errors.From(exchange).ToPublish();
        }

        return JsonBody.String(JsonBody.Parse(answered.Body), "id") is { } id
            ? new PublishOutcome.Published(id, PostUrl(id))
            : errors.Problems.Unreadable("geen id in het antwoord").ToPublish();
    }

    public Task<ReconcileOutcome> FindReplyAsync(ReconcileRequest request, ReplyTarget target, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ThreadSearch.FindAsync(this, target.RootPostId, request, credentials, cancellationToken);
    }
}
