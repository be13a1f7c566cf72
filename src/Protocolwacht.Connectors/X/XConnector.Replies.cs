using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.X;

/// <summary>
/// A reply is a post with <c>reply.in_reply_to_tweet_id</c> (<c>POST /2/tweets</c>), the reaction as parent.
/// Found again in the root post's conversation (the same search the reactions come from), by its fingerprint.
/// </summary>
public sealed partial class XConnector : IReactionReplier
{
    public Task<PublishOutcome> ReplyAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = request.ReplyTo ?? throw new ArgumentException("A reply needs its target.", nameof(request));
        return PublishAsync(request with { InReplyToPostId = target.ReactionId }, credentials, cancellationToken);
    }

    public Task<ReconcileOutcome> FindReplyAsync(ReconcileRequest request, ReplyTarget target, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ThreadSearch.FindAsync(this, target.RootPostId, request, credentials, cancellationToken);
    }
}
