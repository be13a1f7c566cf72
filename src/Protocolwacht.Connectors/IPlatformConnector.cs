namespace Protocolwacht.Connectors;

/// <summary>
/// One social platform, seen by the publisher. Implementations never throw for platform or network
/// trouble: every answer is a typed outcome. They only throw <see cref="OperationCanceledException"/>
/// when the caller's own token is cancelled (the process is stopping), and argument exceptions for
/// programming errors.
/// </summary>
/// <remarks>
/// Exactly-once contract: a <see cref="PublishOutcome.Unknown"/> means the request may have reached
/// the platform. The caller must not publish again before <see cref="FindRecentAsync"/> says
/// <see cref="ReconcileOutcome.NotFound"/> (or, when <see cref="PlatformCapabilities.SupportsIdempotencyKey"/>
/// is true and the key is younger than <see cref="PlatformCapabilities.IdempotencyKeyLifetime"/>,
/// it may publish again with the same <see cref="PublishRequest.IdempotencyKey"/>).
/// </remarks>
public interface IPlatformConnector
{
    /// <summary>The channel code, one of <c>Protocolwacht.Domain.Organisation.Channels</c>.</summary>
    string Channel { get; }

    /// <summary>What the platform (and this connector) can do; later features ask this instead of hard-coding a platform.</summary>
    PlatformCapabilities Capabilities { get; }

    Task<PublishOutcome> PublishAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the account's own recent posts and looks for one whose fingerprint equals
    /// <see cref="ReconcileRequest.Fingerprint"/>. Used after an unknown outcome, before any retry.
    /// </summary>
    Task<ReconcileOutcome> FindRecentAsync(ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken);

    /// <summary>Replaces the text of a published post. Returns a permanent failure when <see cref="PlatformCapabilities.CanEdit"/> is false.</summary>
    Task<PublishOutcome> EditAsync(EditRequest request, PlatformCredentials credentials, CancellationToken cancellationToken);

    /// <summary>Removes a published post. Returns a permanent failure when <see cref="PlatformCapabilities.CanDelete"/> is false.</summary>
    Task<DeleteOutcome> DeleteAsync(string platformPostId, PlatformCredentials credentials, CancellationToken cancellationToken);
}
