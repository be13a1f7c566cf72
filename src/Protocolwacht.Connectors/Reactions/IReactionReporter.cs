namespace Protocolwacht.Connectors.Reactions;

/// <summary>
/// Reports a reaction to the platform's moderators, where the platform has an API for it
/// (<see cref="PlatformCapabilities.CanReportReactions"/>: Mastodon's reports, Bluesky's moderation reports). The
/// other platforms only take reports in their own app, so the inbox links to the reaction there instead.
/// Like <see cref="IPlatformConnector"/>, it never throws for platform or network trouble.
/// </summary>
public interface IReactionReporter
{
    /// <param name="comment">Shown to the platform's moderators; never personal data beyond the reaction itself.</param>
    Task<ModerationOutcome> ReportReactionAsync(string platformReactionId, ReportReason reason, string? comment, PlatformCredentials credentials, CancellationToken cancellationToken);
}
