using System.Text.Json;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Meta;

/// <summary>
/// The Graph API comments edge as Facebook and Instagram share it: a <c>data</c> array with
/// <c>paging.cursors.after</c>, and a <c>paging.next</c> link only when there is a next page.
/// </summary>
internal static class GraphComments
{
    /// <summary>The <c>after</c> cursor when Graph says there is a next page; null on the last page.</summary>
    public static string? NextCursor(JsonElement? body) =>
        JsonBody.String(body, "paging", "next") is null ? null : JsonBody.String(body, "paging", "cursors", "after");

    public static string PageQuery(GraphOptions options, ReactionsRequest request) =>
        $"limit={Math.Clamp(options.ReactionPageSize, 1, 100)}" + (request.Cursor is null ? string.Empty : $"&after={Uri.EscapeDataString(request.Cursor)}");

    /// <summary>Graph answers a moderation write with <c>{"success": true}</c>.</summary>
    public static ModerationOutcome Moderated(HttpExchange exchange, GraphErrors errors, string platformName) => exchange switch
    {
        HttpExchange.Answered { IsSuccess: true } answered when JsonBody.String(JsonBody.Parse(answered.Body), "success") == "true" => new ModerationOutcome.Done(),
        HttpExchange.Answered { IsSuccess: true } => new ModerationOutcome.Failed(false, $"{platformName} bevestigde niet dat de reactie verborgen is; probeer het later opnieuw."),
        _ => errors.From(exchange).ToModeration(),
    };
}
