using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.X;

/// <summary>
/// Reactions are the posts of the conversation, found with recent search
/// (<c>GET /2/tweets/search/recent?query=conversation_id:{id}</c>, authors expanded), paged by
/// <c>meta.next_token</c>. Recent search covers the last seven days, which is when reactions come.
/// A reply is hidden with <c>PUT /2/tweets/:id/hidden</c> (only in conversations the account started).
/// </summary>
public sealed partial class XConnector
{
    private const string SearchFields = "tweet.fields=author_id,created_at,conversation_id,referenced_tweets&expansions=author_id&user.fields=username,name";

    public async Task<ReactionsOutcome> ReadReactionsAsync(ReactionsRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var pageSize = Math.Clamp(options.ReactionPageSize, 10, 100);
        var relative = $"2/tweets/search/recent?query={Uri.EscapeDataString($"conversation_id:{request.PlatformPostId}")}&max_results={pageSize}&{SearchFields}"
            + (request.Cursor is null ? string.Empty : $"&next_token={Uri.EscapeDataString(request.Cursor)}");
        var call = await CallAsync(credentials, token => Build(HttpMethod.Get, token, relative, null), cancellationToken);
        if (call.Problem is { } problem)
        {
            return problem.ToReactions() with { RenewedCredentials = call.Renewed };
        }

        if (call.Exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return Problem(call.Exchange!).ToReactions() with { RenewedCredentials = call.Renewed };
        }

        var body = JsonBody.Parse(answered.Body);
        var users = JsonBody.Array(body, "includes", "users")
            .Where(u => JsonBody.String(u, "id") is not null)
            .GroupBy(u => JsonBody.String(u, "id")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ownId = (call.Renewed ?? credentials).AccountId;
        // The conversation's first post matches its own conversation_id: it is the post, not a reaction.
        var reactions = JsonBody.Array(body, "data")
            .Where(post => JsonBody.String(post, "id") != request.PlatformPostId)
            .Select(post => ToReaction(post, users, ownId))
            .OfType<PlatformReaction>()
            .ToList();
        return new ReactionsOutcome.Page(reactions, JsonBody.String(body, "meta", "next_token")) { RenewedCredentials = call.Renewed };
    }

    public async Task<ModerationOutcome> HideReactionAsync(string platformReactionId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformReactionId);
        ArgumentNullException.ThrowIfNull(credentials);
        var relative = $"2/tweets/{Uri.EscapeDataString(platformReactionId)}/hidden";
        var call = await CallAsync(credentials, token => Build(HttpMethod.Put, token, relative, new JsonObject { ["hidden"] = true }), cancellationToken);
        ModerationOutcome outcome = call switch
        {
            { Problem: { } problem } => problem.ToModeration(),
            { Exchange: HttpExchange.Answered { IsSuccess: true } answered }
                when JsonBody.String(JsonBody.Parse(answered.Body), "data", "hidden") == "true" => new ModerationOutcome.Done(),
            { Exchange: HttpExchange.Answered { IsSuccess: true } } => new ModerationOutcome.Failed(false, "X bevestigde niet dat de reactie verborgen is; probeer het later opnieuw."),
            _ => Problem(call.Exchange!).ToModeration(),
        };
        return outcome with { RenewedCredentials = call.Renewed };
    }

    private PlatformReaction? ToReaction(JsonElement post, Dictionary<string, JsonElement> users, string? ownId)
    {
        if (JsonBody.String(post, "id") is not { } id || JsonBody.Time(post, "created_at") is not { } createdAt)
        {
            return null;
        }

        var authorId = JsonBody.String(post, "author_id");
        JsonElement? author = authorId is not null && users.TryGetValue(authorId, out var user) ? user : null;
        var repliedTo = JsonBody.Array(post, "referenced_tweets")
            .Where(r => JsonBody.String(r, "type") == "replied_to")
            .Select(r => JsonBody.String(r, "id"))
            .FirstOrDefault();
        return new PlatformReaction(
            id,
            repliedTo,
            JsonBody.String(author, "username") is { } username ? "@" + username : authorId,
            JsonBody.String(author, "name"),
            // X escapes &, < and > in returned text.
            System.Net.WebUtility.HtmlDecode(JsonBody.String(post, "text") ?? string.Empty),
            createdAt,
            PostUrl(id),
            FromAccount: authorId is not null && authorId == ownId,
            Hidden: null);
    }
}
