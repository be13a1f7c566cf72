using System.Text.Json.Nodes;
using Protocolwacht.Connectors.Http;
using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Bluesky;

/// <summary>
/// A reply is a post record with <c>reply.root</c> and <c>reply.parent</c>, each a strong reference
/// (<c>uri</c> and <c>cid</c>). The ids Protocolwacht keeps are AT URIs, so the cids are read first with
/// <c>app.bsky.feed.getPosts</c>. Found again in the root post's thread, by its fingerprint.
/// </summary>
public sealed partial class BlueskyConnector : IReactionReplier
{
    public async Task<PublishOutcome> ReplyAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var target = request.ReplyTo ?? throw new ArgumentException("A reply needs its target.", nameof(request));
        var refs = await StrongRefsAsync(credentials, [target.RootPostId, target.ReactionId], cancellationToken);
        if (refs.Problem is { } refProblem)
        {
            return refProblem;
        }

        var record = PostRecord(request.Text);
        record["reply"] = new JsonObject { ["root"] = refs.Refs![target.RootPostId], ["parent"] = refs.Refs[target.ReactionId] };
        var call = await CallAsync(credentials, session => Post(credentials, "com.atproto.repo.createRecord", session, new JsonObject
        {
            ["repo"] = session.Did,
            ["collection"] = PostCollection,
            ["record"] = record.DeepClone(),
        }), cancellationToken);
        if (call.Problem is { } problem)
        {
            return problem.ToPublish();
        }

        if (call.Exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return problems.FromExchange(call.Exchange!, ErrorText).ToPublish();
        }

        var uri = JsonBody.String(JsonBody.Parse(answered.Body), "uri");
        return uri is not null && BlueskyRecordUri.Parse(uri) is { } parsed
            ? new PublishOutcome.Published(uri, PostUrl(parsed))
            : problems.Unreadable("geen record-URI in het antwoord").ToPublish();
    }

    public Task<ReconcileOutcome> FindReplyAsync(ReconcileRequest request, ReplyTarget target, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ThreadSearch.FindAsync(this, target.RootPostId, request, credentials, cancellationToken);
    }

    /// <summary>Each URI's <c>{uri, cid}</c>; nothing is written yet, so any problem is a failure before publishing.</summary>
    private async Task<(Dictionary<string, JsonObject>? Refs, PublishOutcome? Problem)> StrongRefsAsync(PlatformCredentials credentials, string[] uris, CancellationToken cancellationToken)
    {
        var (refs, problem) = await ReadStrongRefsAsync(credentials, uris, cancellationToken);
        if (problem is not null)
        {
            return (null, problems.BeforePublishing(problem, "het opzoeken van de reactie"));
        }

        return uris.All(refs!.ContainsKey)
            ? (refs, null)
            : (null, new PublishOutcome.Failed(true, "Bluesky vindt het bericht of de reactie niet (meer); misschien is de reactie verwijderd. Er is niets geplaatst.", null));
    }

    /// <summary>The <c>{uri, cid}</c> of each of <paramref name="uris"/> Bluesky still has (a deleted post is left out).</summary>
    private async Task<(Dictionary<string, JsonObject>? Refs, CallProblem? Problem)> ReadStrongRefsAsync(PlatformCredentials credentials, string[] uris, CancellationToken cancellationToken)
    {
        var query = string.Join('&', uris.Distinct(StringComparer.Ordinal).Select(u => "uris=" + Uri.EscapeDataString(u)));
        var call = await CallAsync(credentials, session => Get(credentials, session, $"xrpc/app.bsky.feed.getPosts?{query}"), cancellationToken);
        if (call.Problem is { } problem)
        {
            return (null, problem);
        }

        if (call.Exchange is not HttpExchange.Answered { IsSuccess: true } answered)
        {
            return (null, problems.FromExchange(call.Exchange!, ErrorText));
        }

        var refs = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var post in JsonBody.Array(JsonBody.Parse(answered.Body), "posts"))
        {
            if (JsonBody.String(post, "uri") is { } uri && JsonBody.String(post, "cid") is { } cid)
            {
                refs[uri] = new JsonObject { ["uri"] = uri, ["cid"] = cid };
            }
        }

        return (refs, null);
    }
}
