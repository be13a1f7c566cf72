using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Bluesky;

/// <summary>
/// <c>com.atproto.moderation.createReport</c> with the reaction as a strong reference (<c>uri</c> and <c>cid</c>,
/// the cid read with <c>app.bsky.feed.getPosts</c>), sent to the PDS, which passes it on to the moderation service
/// named in the <c>atproto-proxy</c> header (<see cref="BlueskyOptions.ModerationService"/>).
/// </summary>
public sealed partial class BlueskyConnector
{
    /// <summary>The longest reason the lexicon allows, in graphemes (kept shorter here: a sentence or two).</summary>
    public const int MaxReportReason = 2000;

    public async Task<ModerationOutcome> ReportReactionAsync(string platformReactionId, ReportReason reason, string? comment, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformReactionId);
        ArgumentNullException.ThrowIfNull(credentials);
        var (refs, problem) = await ReadStrongRefsAsync(credentials, [platformReactionId], cancellationToken);
        if (problem is not null)
        {
            return problem.ToReport();
        }

        if (!refs!.TryGetValue(platformReactionId, out var subject))
        {
            return new ModerationOutcome.Failed(true, "Bluesky vindt deze reactie niet (meer); misschien is hij al verwijderd. Er is niets gemeld.");
        }

        subject["$type"] = "com.atproto.repo.strongRef";
        var body = new JsonObject { ["reasonType"] = ReasonType(reason), ["subject"] = subject };
        if (!string.IsNullOrWhiteSpace(comment))
        {
            body["reason"] = comment.Trim()[..Math.Min(comment.Trim().Length, MaxReportReason)];
        }

        var call = await CallAsync(credentials, session =>
        {
            var message = Post(credentials, "com.atproto.moderation.createReport", session, body.DeepClone().AsObject());
            message.Headers.Add("atproto-proxy", options.ModerationService);
            return message;
        }, cancellationToken);
        return call switch
        {
            { Problem: { } refused } => refused.ToReport(),
            { Exchange: HttpExchange.Answered { IsSuccess: true } done } when JsonBody.String(JsonBody.Parse(done.Body), "id") is not null => new ModerationOutcome.Done(),
            { Exchange: HttpExchange.Answered { IsSuccess: true } } => problems.Unreadable("geen id voor de melding").ToReport(),
            _ => problems.FromExchange(call.Exchange!, ErrorText).ToReport(),
        };
    }

    // The lexicon's reason types (com.atproto.moderation.defs); threats and privacy breaches break the rules outright.
    private static string ReasonType(ReportReason reason) => "com.atproto.moderation.defs#" + reason switch
    {
        ReportReason.Spam => "reasonSpam",
        ReportReason.Abuse or ReportReason.Hate => "reasonRude",
        ReportReason.Threat or ReportReason.Privacy => "reasonViolation",
        _ => "reasonOther",
    };
}
