using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Bluesky;

/// <summary>
/// <c>com.atproto.moderation.createReport</c> as the PDS passes it on to a moderation service: the
/// <c>atproto-proxy</c> header names the service (without it the PDS has no handler: 501), the subject is a
/// <c>com.atproto.repo.strongRef</c> whose <c>cid</c> must be the post's current one, <c>reasonType</c> one of the
/// lexicon's; the answer echoes the report with an integer <c>id</c>, <c>reportedBy</c> and <c>createdAt</c>.
/// </summary>
public sealed partial class BlueskyServer
{
    private static readonly HashSet<string> ReasonTypes = new(
        ["reasonSpam", "reasonViolation", "reasonMisleading", "reasonSexual", "reasonRude", "reasonOther", "reasonAppeal"],
        StringComparer.Ordinal);

    private void MapReports(WebApplication app) =>
        app.MapPost("/xrpc/com.atproto.moderation.createReport", async context =>
        {
            if (!await Authorised(context))
            {
                return;
            }

            if (string.IsNullOrEmpty(context.Request.Headers["atproto-proxy"]))
            {
                await Error(context, 501, "MethodNotImplemented", "Method Not Implemented");
                return;
            }

            var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var reasonType = body.TryGetProperty("reasonType", out var r) ? r.GetString() ?? "" : "";
            var subject = body.TryGetProperty("subject", out var s) ? s : default;
            var uri = subject.ValueKind == JsonValueKind.Object && subject.TryGetProperty("uri", out var u) ? u.GetString() : null;
            var cid = subject.ValueKind == JsonValueKind.Object && subject.TryGetProperty("cid", out var c) ? c.GetString() : null;
            var type = subject.ValueKind == JsonValueKind.Object && subject.TryGetProperty("$type", out var t) ? t.GetString() : null;
            if (!reasonType.StartsWith("com.atproto.moderation.defs#", StringComparison.Ordinal) || !ReasonTypes.Contains(reasonType.Split('#')[1])
                || type != "com.atproto.repo.strongRef" || uri is null || !Exists(uri) || cid != CidOf(uri))
            {
                await Error(context, 400, "InvalidRequest", "Input/subject must be a valid strongRef and reasonType a known reason");
                return;
            }

            var reason = body.TryGetProperty("reason", out var text) ? text.GetString() : null;
            Reactions.Reports.Enqueue(new PlacedReport(uri, reasonType, reason));
            await context.Response.WriteAsJsonAsync(new Dictionary<string, object?>
            {
                ["id"] = Reactions.Reports.Count + 4_000,
                ["reasonType"] = reasonType,
                ["reason"] = reason,
                ["subject"] = new Dictionary<string, object> { ["$type"] = "com.atproto.repo.strongRef", ["uri"] = uri, ["cid"] = cid },
                ["reportedBy"] = Did,
                ["createdAt"] = "2026-11-24T04:30:00.000Z",
            });
        });
}
