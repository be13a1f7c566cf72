namespace Protocolwacht.Connectors.Reactions;

/// <summary>
/// Places the account's reply under a reaction, as each platform documents a reply to a comment, and finds
/// such a reply again after an attempt without a known outcome. Like <see cref="IPlatformConnector"/>, it
/// never throws for platform or network trouble.
/// </summary>
/// <remarks>
/// Exactly-once contract, as for posts: after <see cref="PublishOutcome.Unknown"/> the caller asks
/// <see cref="FindReplyAsync"/> and replies again only on <see cref="ReconcileOutcome.NotFound"/>.
/// </remarks>
public interface IReactionReplier
{
    /// <summary>Replies with <see cref="PublishRequest.Text"/> under <see cref="PublishRequest.ReplyTo"/>, which must be set.</summary>
    Task<PublishOutcome> ReplyAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the thread of <paramref name="target"/> and looks for the account's own reply whose fingerprint
    /// equals <see cref="ReconcileRequest.Fingerprint"/>.
    /// </summary>
    Task<ReconcileOutcome> FindReplyAsync(ReconcileRequest request, ReplyTarget target, PlatformCredentials credentials, CancellationToken cancellationToken);
}
