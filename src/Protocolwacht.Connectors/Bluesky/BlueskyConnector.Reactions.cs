using System.Text.Json;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Bluesky;

/// <summary>
/// Reactions are the replies in <c>app.bsky.feed.getPostThread</c> (a tree of <c>threadViewPost</c>s),
/// asked with <see cref="BlueskyOptions.ReactionDepth"/> levels and no parents. The thread has no paging:
/// one page. Bluesky lets an author detach or gate replies, but not hide one reply from everyone.
/// </summary>
public sealed partial class BlueskyConnector
{
    private const string ThreadViewPost = "app.bsky.feed.defs#threadViewPost";

    public async Task<ReactionsOutcome> ReadReactionsAsync(ReactionsRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var relative = $"xrpc/app.bsky.feed.getPostThread?uri={Uri.EscapeDataString(request.PlatformPostId)}&depth={options.ReactionDepth}&parentHeight=0";
        var call = await CallAsync(credentials, session => Get(credentials, session, relative), cancellationToken);
        if (call.Problem is { } problem)
        {
            return problem.ToReactions();
        }

        if (call.Exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return problems.FromExchange(call.Exchange!, ErrorText).ToReactions();
        }

        var reactions = new List<PlatformReaction>();
        Collect(JsonBody.Walk(JsonBody.Parse(answered.Body), "thread"), call.Session!.Did, reactions);
        return new ReactionsOutcome.Page(reactions, null);
    }

    public Task<ModerationOutcome> HideReactionAsync(string platformReactionId, PlatformCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult(NotSupported.Hide(Capabilities));

    // Depth-first over the reply tree; blocked and deleted replies (other $types) carry no post and are skipped.
    private void Collect(JsonElement? node, string ownDid, List<PlatformReaction> into)
    {
        foreach (var reply in JsonBody.Array(node, "replies"))
        {
            if (JsonBody.String(reply, "$type") != ThreadViewPost)
            {
                continue;
            }

            if (ToReaction(JsonBody.Walk(reply, "post"), ownDid) is { } reaction)
            {
                into.Add(reaction);
            }

            Collect(reply, ownDid, into);
        }
    }

    private PlatformReaction? ToReaction(JsonElement? post, string ownDid)
    {
        if (JsonBody.String(post, "uri") is not { } uri || BlueskyRecordUri.Parse(uri) is not { } record
            || JsonBody.Time(post, "record", "createdAt") is not { } createdAt)
        {
            return null;
        }

        var did = JsonBody.String(post, "author", "did");
        return new PlatformReaction(
            uri,
            JsonBody.String(post, "record", "reply", "parent", "uri"),
            JsonBody.String(post, "author", "handle") ?? did,
            JsonBody.String(post, "author", "displayName"),
            JsonBody.String(post, "record", "text") ?? string.Empty,
            createdAt,
            PostUrl(record),
            FromAccount: did == ownDid,
            Hidden: null);
    }
}
