using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Facebook;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Facebook;

namespace Protocolwacht.Connectors.Tests.Facebook;

public sealed class FacebookReactionsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new(FacebookServer.PageToken) { AccountId = FacebookServer.PageId };
    private const string Post = FacebookServer.PageId + "_900";
    private readonly FacebookServer platform = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly HttpClient http = new();
    private LocalPlatformServer server = null!;

    public async Task InitializeAsync() => server = await LocalPlatformServer.StartAsync(platform.Map);

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task ReadReactions_ThreePages_FollowsTheAfterCursorUntilNoNextLink()
    {
        for (var i = 0; i < 5; i++)
        {
            platform.Reactions.Place(Post, $"Reactie {i}", Now.AddMinutes(i), name: $"Ouder {i}");
        }

        var (reactions, pages) = await ReactionPages.ReadAllAsync(Connector(), Post, Credentials);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"Reactie {i}"), reactions.Select(r => r.Text));
        Assert.Equal(("Ouder 2", Post, false), (reactions[2].AuthorName, reactions[2].InReplyToId, reactions[2].Hidden!.Value));
        Assert.Equal(Now.AddMinutes(2), reactions[2].CreatedAt);
        Assert.Contains("after=4", server.Received[^1].Query, StringComparison.Ordinal);
        Assert.Equal($"Bearer {FacebookServer.PageToken}", server.Received[0].Header("Authorization"));
    }

    [Fact]
    public async Task ReadReactions_PageThrottled_WaitsAsLongAsTheUsageHeaderSays()
    {
        platform.Reactions.RateLimitedReads = 1;

        var outcome = await Connector().ReadReactionsAsync(new ReactionsRequest(Post), Credentials, default);

        Assert.Equal(Now.AddMinutes(7), Assert.IsType<ReactionsOutcome.RateLimited>(outcome).RetryAt);
    }

    [Fact]
    public async Task HideReaction_AComment_IsHiddenWithIsHidden()
    {
        var comment = platform.Reactions.Place(Post, "Wat een rotschool", Now);

        var outcome = await Connector().HideReactionAsync(comment.Id, Credentials, default);

        Assert.IsType<ModerationOutcome.Done>(outcome);
        Assert.True(platform.Reactions.IsHidden(comment.Id));
        Assert.Contains("is_hidden=true", server.Received[^1].Body, StringComparison.Ordinal);
        var (reactions, _) = await ReactionPages.ReadAllAsync(Connector(), Post, Credentials);
        Assert.True(reactions.Single().Hidden);
    }

    private FacebookConnector Connector() => new(http, new FacebookOptions { BaseUrl = server.BaseUrl, ReactionPageSize = 2 }, time);
}
