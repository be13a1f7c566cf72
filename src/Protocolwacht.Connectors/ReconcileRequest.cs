namespace Protocolwacht.Connectors;

/// <summary>
/// What the publisher knows about an attempt whose outcome is unknown.
/// </summary>
/// <param name="AccountKey">The account part of the fingerprint, exactly as passed to <see cref="PostFingerprint.Compute"/>.</param>
/// <param name="Fingerprint">The stored fingerprint of the attempted post.</param>
/// <param name="AttemptedAt">When the first attempt started; posts clearly older than this are not candidates.</param>
/// <param name="IdempotencyKey">The key of the attempt, for platforms that can look a post up by it.</param>
public sealed record ReconcileRequest(string AccountKey, string Fingerprint, DateTimeOffset AttemptedAt, string IdempotencyKey);
