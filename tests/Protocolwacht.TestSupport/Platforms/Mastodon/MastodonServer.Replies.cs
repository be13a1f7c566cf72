using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.Mastodon;

/// <summary>
/// A status with <c>in_reply_to_id</c> is a reply: it answers 404 "Record not found" when the parent is
/// unknown, and otherwise joins the root status's context as the account's own descendant.
/// </summary>
public sealed partial class MastodonServer
{
    /// <summary>Every reply created: its status id and the status it answers.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Replies { get; } = new();

    private async Task<bool> UnknownParent(HttpContext context, JsonElement body)
    {
        if (ParentOf(body) is not { } parent || Statuses.ContainsKey(parent) || Reactions.Find(parent) is not null)
        {
            return false;
        }

        await Error(context, 404, "Record not found");
        return true;
    }

    private void PlaceReply(JsonElement body, string id, string text)
    {
        if (ParentOf(body) is not { } parent)
        {
            return;
        }

        Replies[id] = parent;
        var root = Reactions.Find(parent)?.PostId ?? parent;
        Reactions.Place(root, text, Time?.GetUtcNow() ?? Now, handle: "sintjozef", name: "Sint Jozef", authorId: AccountId, parentId: parent, id: id);
    }

    private static string? ParentOf(JsonElement body) =>
        body.TryGetProperty("in_reply_to_id", out var parent) && parent.ValueKind == JsonValueKind.String ? parent.GetString() : null;
}
