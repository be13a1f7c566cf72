using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Connectors.Tests.Reactions;

/// <summary>Reads every page of a post's reactions the way the polling job does, counting the pages.</summary>
internal static class ReactionPages
{
    public static async Task<(List<PlatformReaction> Reactions, int Pages)> ReadAllAsync(IReactionReader reader, string postId, PlatformCredentials credentials)
    {
        var all = new List<PlatformReaction>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var outcome = await reader.ReadReactionsAsync(new ReactionsRequest(postId, cursor), credentials, default);
            var page = Assert.IsType<ReactionsOutcome.Page>(outcome);
            all.AddRange(page.Reactions);
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 20);

        return (all, pages);
    }
}
