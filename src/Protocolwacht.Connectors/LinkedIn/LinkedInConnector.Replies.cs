using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.LinkedIn;

/// <summary>
/// A reply to a comment is a nested comment of the Social Actions API: <c>POST /rest/socialActions/{comment-urn}/comments</c>
/// with <c>actor</c> (the organisation), <c>object</c> (the post), <c>message.text</c> and <c>parentComment</c>;
/// the created comment comes back in the body (and its URN in <c>x-restli-id</c>). The comment's replies are
/// read on the same path, which is where the reply is found again by its fingerprint.
/// </summary>
public sealed partial class LinkedInConnector : IReactionReplier
{
    public async Task<PublishOutcome> ReplyAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var target = request.ReplyTo ?? throw new ArgumentException("A reply needs its target.", nameof(request));
        if (Author(credentials) is not { } author)
        {
            return MissingOrganisation().ToPublish();
        }

        var body = new JsonObject
        {
            ["actor"] = author,
            ["object"] = target.RootPostId,
            ["message"] = new JsonObject { ["text"] = request.Text },
            ["parentComment"] = target.ReactionId,
        };
        var exchange = await platform.SendAsync(Build(HttpMethod.Post, credentials, $"rest/socialActions/{Uri.EscapeDataString(target.ReactionId)}/comments", body, null), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return Problem(exchange).ToPublish();
        }

        var created = JsonBody.Parse(answered.Body);
        return (JsonBody.String(created, "commentUrn") ?? JsonBody.String(created, "$URN") ?? answered.Header("x-restli-id")) is { Length: > 0 } urn
            ? new PublishOutcome.Published(urn, PostUrl(target.RootPostId))
            : problems.Unreadable("geen commentUrn in het antwoord").ToPublish();
    }

    public Task<ReconcileOutcome> FindReplyAsync(ReconcileRequest request, ReplyTarget target, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ThreadSearch.FindAsync(this, target.ReactionId, request, credentials, cancellationToken);
    }
}
