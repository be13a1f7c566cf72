using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.LinkedIn;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.LinkedIn;

namespace Protocolwacht.Connectors.Tests.LinkedIn;

public sealed class LinkedInReactionsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new(LinkedInServer.Token) { AccountId = "5515715" };
    private const string Post = "urn:li:share:7300000000000000001";
    private readonly LinkedInServer platform = new();
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
    public async Task ReadReactions_ThreePages_PagesByStartAndCountUntilTheTotal()
    {
        for (var i = 0; i < 5; i++)
        {
            platform.Reactions.Place(Post, $"Reactie {i}", Now.AddMinutes(i), authorId: $"urn:li:person:p{i}");
        }

        platform.Reactions.Place(Post, "Namens de school: dank!", Now.AddMinutes(9), authorId: LinkedInServer.Organisation);

        var (reactions, pages) = await ReactionPages.ReadAllAsync(Connector(), Post, Credentials);

        Assert.Equal(3, pages);
        Assert.Equal(6, reactions.Select(r => r.PlatformId).Distinct().Count());
        Assert.Equal(("urn:li:person:p1", "Reactie 1", Now.AddMinutes(1)), (reactions[1].AuthorHandle, reactions[1].Text, reactions[1].CreatedAt));
        Assert.StartsWith("urn:li:comment:(", reactions[0].PlatformId, StringComparison.Ordinal);
        Assert.True(reactions[^1].FromAccount);
        Assert.Equal(LinkedInServer.Version, server.Received[0].Header("LinkedIn-Version"));
        Assert.Contains("start=4", server.Received[^1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadReactions_Throttled_WaitsTheDefaultBackOffAsLinkedInSendsNoResetTime()
    {
        platform.Reactions.RateLimitedReads = 1;

        var outcome = await Connector().ReadReactionsAsync(new ReactionsRequest(Post), Credentials, default);

        Assert.Equal(Now.AddMinutes(15), Assert.IsType<ReactionsOutcome.RateLimited>(outcome).RetryAt);
    }

    [Fact]
    public async Task HideReaction_LinkedInCannotHide_RefusedWithoutCallingThePlatform()
    {
        var outcome = await Connector().HideReactionAsync("urn:li:comment:(x,1)", Credentials, default);

        Assert.True(Assert.IsType<ModerationOutcome.Failed>(outcome).Permanent);
        Assert.Empty(server.Received);
    }

    private LinkedInConnector Connector() =>
        new(http, new LinkedInOptions { BaseUrl = server.BaseUrl, ApiVersion = LinkedInServer.Version, ReactionPageSize = 2 }, time);
}
