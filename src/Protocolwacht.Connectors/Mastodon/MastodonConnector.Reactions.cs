using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Mastodon;

/// <summary>
/// Reactions are the status's descendants in <c>GET /api/v1/statuses/:id/context</c>. The context has no
/// paging (an authorised request gets the whole thread, up to the server's limit of several thousand), so
/// there is always one page. Mastodon has no way for an account to hide a reply to its status.
/// </summary>
public sealed partial class MastodonConnector
{
    public async Task<ReactionsOutcome> ReadReactionsAsync(ReactionsRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var path = $"api/v1/statuses/{Uri.EscapeDataString(request.PlatformPostId)}/context";
        var exchange = await platform.SendAsync(Build(HttpMethod.Get, credentials, path, null), cancellationToken);
        if (exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return problems.FromExchange(exchange, ErrorText).ToReactions();
        }

        var reactions = JsonBody.Array(JsonBody.Parse(answered.Body), "descendants")
            .Select(status => ToReaction(status, credentials))
            .OfType<PlatformReaction>()
            .ToList();
        return new ReactionsOutcome.Page(reactions, null);
    }

    public Task<ModerationOutcome> HideReactionAsync(string platformReactionId, PlatformCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult(NotSupported.Hide(Capabilities));

    private static PlatformReaction? ToReaction(System.Text.Json.JsonElement status, PlatformCredentials credentials)
    {
        if (JsonBody.String(status, "id") is not { } id || JsonBody.Time(status, "created_at") is not { } createdAt)
        {
            return null;
        }

        var authorId = JsonBody.String(status, "account", "id");
        return new PlatformReaction(
            id,
            JsonBody.String(status, "in_reply_to_id"),
            JsonBody.String(status, "account", "acct"),
            JsonBody.String(status, "account", "display_name"),
            System.Net.WebUtility.HtmlDecode(MastodonStatusText.FromHtml(JsonBody.String(status, "content") ?? string.Empty)),
            createdAt,
            StatusUrl(status),
            FromAccount: authorId is not null && authorId == credentials.AccountId,
            Hidden: null);
    }
}
