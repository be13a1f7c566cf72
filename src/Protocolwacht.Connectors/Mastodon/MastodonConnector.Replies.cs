using System.Text;
using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Mastodon;

/// <summary>
/// A reply is a status with <c>in_reply_to_id</c> (<c>POST /api/v1/statuses</c>), sent with the same
/// <c>Idempotency-Key</c> as a post, so a retry within the key's hour returns the first reply. Found again in
/// the root status's context (its descendants), by its fingerprint.
/// </summary>
public sealed partial class MastodonConnector : IReactionReplier
{
    public async Task<PublishOutcome> ReplyAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var target = request.ReplyTo ?? throw new ArgumentException("A reply needs its target.", nameof(request));
        var body = new JsonObject { ["status"] = request.Text, ["in_reply_to_id"] = target.ReactionId, ["visibility"] = options.Visibility };
        if (options.Language is not null)
        {
            body["language"] = options.Language;
        }

        var message = Build(HttpMethod.Post, credentials, "api/v1/statuses", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        message.Headers.Add("Idempotency-Key", request.IdempotencyKey);
        return ToPublished(await platform.SendAsync(message, cancellationToken));
    }

    public Task<ReconcileOutcome> FindReplyAsync(ReconcileRequest request, ReplyTarget target, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ThreadSearch.FindAsync(this, target.RootPostId, request, credentials, cancellationToken);
    }
}
