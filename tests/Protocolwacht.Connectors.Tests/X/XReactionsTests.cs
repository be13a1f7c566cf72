using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.Connectors.X;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.X;

namespace Protocolwacht.Connectors.Tests.X;

public sealed class XReactionsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new("x-access-1") { RefreshToken = "x-refresh-1", AccountId = XServer.UserId };
    private readonly XServer platform = new();
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
    public async Task ReadReactions_MoreThanOnePage_FollowsNextTokenAndLeavesOutThePostItself()
    {
        platform.AddPost("1860000000000000500", "Sportdag!", Now);
        for (var i = 0; i < 12; i++)
        {
            platform.Reactions.Place("1860000000000000500", $"Reactie {i} & meer", Now.AddMinutes(i + 1), handle: $"ouder{i}", name: $"Ouder {i}");
        }

        var (reactions, pages) = await ReactionPages.ReadAllAsync(Connector(), "1860000000000000500", Credentials);

        Assert.Equal(2, pages);
        Assert.Equal(12, reactions.Select(r => r.PlatformId).Distinct().Count());
        Assert.DoesNotContain(reactions, r => r.PlatformId == "1860000000000000500");
        var third = reactions.Single(r => r.AuthorName == "Ouder 3");
        Assert.Equal(("@ouder3", "1860000000000000500", Now.AddMinutes(4)), (third.AuthorHandle, third.InReplyToId, third.CreatedAt));
        Assert.Equal("Reactie 3 & meer", third.Text);
        Assert.Contains("next_token=", server.Received[^1].Query, StringComparison.Ordinal);
        Assert.Contains("query=conversation_id%3A1860000000000000500", server.Received[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadReactions_RateLimited_WaitsUntilTheResetHeader()
    {
        platform.Reactions.RateLimitedReads = 1;
        platform.RateLimitResetUnix = "1795500123";

        var outcome = await Connector().ReadReactionsAsync(new ReactionsRequest("1860000000000000500"), Credentials, default);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795500123), Assert.IsType<ReactionsOutcome.RateLimited>(outcome).RetryAt);
    }

    [Fact]
    public async Task HideReaction_AReply_IsHiddenOnThePlatform()
    {
        var reply = platform.Reactions.Place("1860000000000000500", "Rotschool", Now);
        Assert.False(platform.Reactions.IsHidden(reply.Id));

        var outcome = await Connector().HideReactionAsync(reply.Id, Credentials, default);

        Assert.IsType<ModerationOutcome.Done>(outcome);
        Assert.True(platform.Reactions.IsHidden(reply.Id));
        var request = server.Received[^1];
        Assert.Equal(("PUT", $"/2/tweets/{reply.Id}/hidden"), (request.Method, request.Path));
        Assert.True(JsonDocument.Parse(request.Body).RootElement.GetProperty("hidden").GetBoolean());
    }

    private XConnector Connector() =>
        new(http, new XOptions { BaseUrl = server.BaseUrl, ClientId = XServer.ClientId, ReactionPageSize = 10 }, time);
}
