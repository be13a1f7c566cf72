namespace Protocolwacht.Connectors;

/// <param name="PlatformPostId">The id from <see cref="PublishOutcome.Published"/>.</param>
/// <param name="NewText">The complete new text (not a diff).</param>
public sealed record EditRequest(string PlatformPostId, string NewText);
