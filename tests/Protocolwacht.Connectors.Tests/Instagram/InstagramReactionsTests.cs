using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Instagram;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Instagram;

namespace Protocolwacht.Connectors.Tests.Instagram;

public sealed class InstagramReactionsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new(InstagramServer.Token) { AccountId = InstagramServer.IgUserId };
    private const string Media = "17900000000000001";
    private readonly InstagramServer platform = new();
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
    public async Task ReadReactions_TwoPages_ReturnsUsernamesAndMarksTheAccountsOwnComment()
    {
        platform.Reactions.Place(Media, "Mooi!", Now, handle: "ouder_een");
        platform.Reactions.Place(Media, "Bedankt", Now.AddMinutes(1), handle: "kindcentrum", authorId: InstagramServer.IgUserId);
        platform.Reactions.Place(Media, "Top", Now.AddMinutes(2), handle: "opa_twee");

        var (reactions, pages) = await ReactionPages.ReadAllAsync(Connector(), Media, Credentials);

        Assert.Equal(2, pages);
        Assert.Equal(["@ouder_een", "@kindcentrum", "@opa_twee"], reactions.Select(r => r.AuthorHandle));
        Assert.Equal([false, true, false], reactions.Select(r => r.FromAccount));
        Assert.Equal(Now.AddMinutes(2), reactions[2].CreatedAt);
    }

    [Fact]
    public async Task ReadReactions_AccountThrottled_WaitsAsLongAsTheUsageHeaderSays()
    {
        platform.Reactions.RateLimitedReads = 1;

        var outcome = await Connector().ReadReactionsAsync(new ReactionsRequest(Media), Credentials, default);

        Assert.Equal(Now.AddMinutes(12), Assert.IsType<ReactionsOutcome.RateLimited>(outcome).RetryAt);
    }

    [Fact]
    public async Task HideReaction_AComment_IsHiddenWithHide()
    {
        var comment = platform.Reactions.Place(Media, "Lelijke reactie", Now);

        var outcome = await Connector().HideReactionAsync(comment.Id, Credentials, default);

        Assert.IsType<ModerationOutcome.Done>(outcome);
        Assert.True(platform.Reactions.IsHidden(comment.Id));
        Assert.Contains("hide=true", server.Received[^1].Body, StringComparison.Ordinal);
    }

    private InstagramConnector Connector() => new(http, new InstagramOptions { BaseUrl = server.BaseUrl, ReactionPageSize = 2 }, time);
}
