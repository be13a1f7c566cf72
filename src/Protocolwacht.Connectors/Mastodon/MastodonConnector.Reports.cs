using System.Text;
using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Mastodon;

/// <summary>
/// <c>POST /api/v1/reports</c> names the reported account and its statuses. Protocolwacht keeps only the
/// reaction's status id, so the status is read first (<c>GET /api/v1/statuses/:id</c>) for its author's id.
/// A remote author's report is forwarded to their own server as well (<c>forward</c>), where the author's
/// moderators can act. Mastodon's categories are spam, legal, violation (of numbered server rules) and other.
/// </summary>
public sealed partial class MastodonConnector
{
    /// <summary>The longest comment Mastodon takes with a report.</summary>
    public const int MaxReportComment = 1000;

    public async Task<ModerationOutcome> ReportReactionAsync(string platformReactionId, ReportReason reason, string? comment, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformReactionId);
        ArgumentNullException.ThrowIfNull(credentials);
        var path = $"api/v1/statuses/{Uri.EscapeDataString(platformReactionId)}";
        var status = await platform.SendAsync(Build(HttpMethod.Get, credentials, path, null), cancellationToken);
        if (status is HttpExchange.Answered { Status: System.Net.HttpStatusCode.NotFound })
        {
            return new ModerationOutcome.Failed(true, "Mastodon vindt deze reactie niet (meer); misschien is hij al verwijderd. Er is niets gemeld.");
        }

        if (status is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return problems.FromExchange(status, ErrorText).ToReport();
        }

        if (JsonBody.String(JsonBody.Parse(answered.Body), "account", "id") is not { } accountId)
        {
            return problems.Unreadable("geen auteur bij de reactie").ToReport();
        }

        var body = new JsonObject
        {
            ["account_id"] = accountId,
            ["status_ids"] = new JsonArray(platformReactionId),
            ["category"] = reason == ReportReason.Spam ? "spam" : "other",
            ["forward"] = true,
        };
        if (!string.IsNullOrWhiteSpace(comment))
        {
            body["comment"] = comment.Trim()[..Math.Min(comment.Trim().Length, MaxReportComment)];
        }

        var report = await platform.SendAsync(Build(HttpMethod.Post, credentials, "api/v1/reports", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json")), cancellationToken);
        return report switch
        {
            HttpExchange.Answered { IsSuccess: true } done when JsonBody.String(JsonBody.Parse(done.Body), "id") is not null => new ModerationOutcome.Done(),
            HttpExchange.Answered { IsSuccess: true } => problems.Unreadable("geen id voor de melding").ToReport(),
            _ => problems.FromExchange(report, ErrorText).ToReport(),
        };
    }
}
