using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Bluesky;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Bluesky;

namespace Protocolwacht.Connectors.Tests.Bluesky;

public sealed class BlueskyReactionsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private readonly BlueskyServer platform = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly HttpClient http = new();
    private LocalPlatformServer server = null!;

    private PlatformCredentials Credentials => new(BlueskyServer.AppPassword) { AccountId = BlueskyServer.Handle, InstanceBaseUrl = server.BaseUrl };

    public async Task InitializeAsync() => server = await LocalPlatformServer.StartAsync(platform.Map);

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task ReadReactions_NestedReplies_ReturnsTheWholeTreeWithAuthors()
    {
        var connector = Connector();
        var post = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Sportdag!", "k"), Credentials, default)).PlatformPostId;
        var first = platform.Reactions.Place(post, "Super leuk", Now.AddMinutes(1), handle: "ouder.bsky.social", name: "Ouder");
        platform.Reactions.Place(post, "Ja echt!", Now.AddMinutes(2), handle: "opa.bsky.social", name: "Opa", parentId: first.Id);

        var (reactions, pages) = await ReactionPages.ReadAllAsync(connector, post, Credentials);

        Assert.Equal(1, pages);
        Assert.Equal(["Super leuk", "Ja echt!"], reactions.Select(r => r.Text));
        Assert.Equal(("ouder.bsky.social", "Ouder"), (reactions[0].AuthorHandle, reactions[0].AuthorName));
        Assert.Equal((post, first.Id), (reactions[0].InReplyToId, reactions[1].InReplyToId));
        Assert.Contains("depth=", server.Received[^1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadReactions_RateLimited_WaitsUntilTheResetHeader()
    {
        var connector = Connector();
        var post = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Sportdag!", "k"), Credentials, default)).PlatformPostId;
        platform.Reactions.RateLimitedReads = 1;
        platform.RateLimitResetUnix = "1795500000";

        var outcome = await connector.ReadReactionsAsync(new ReactionsRequest(post), Credentials, default);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795500000), Assert.IsType<ReactionsOutcome.RateLimited>(outcome).RetryAt);
    }

    [Fact]
    public async Task ReadReactions_UnknownPost_FailsPermanently()
    {
        var outcome = await Connector().ReadReactionsAsync(new ReactionsRequest($"at://{BlueskyServer.Did}/app.bsky.feed.post/bestaatniet"), Credentials, default);

        Assert.True(Assert.IsType<ReactionsOutcome.Failed>(outcome).Permanent);
    }

    [Fact]
    public async Task ReportReaction_StrongRefWithTheCurrentCid_ProxiedToTheModerationService()
    {
        var connector = Connector();
        var post = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Sportdag!", "k"), Credentials, default)).PlatformPostId;
        var reaction = platform.Reactions.Place(post, "Ik weet waar die juf woont", Now.AddMinutes(1), handle: "dreiger.bsky.social", name: "Dreiger");
        Assert.Empty(platform.Reactions.Reports);

        var outcome = await connector.ReportReactionAsync(reaction.Id, ReportReason.Threat, "Bedreigt een leerkracht.", Credentials, default);

        Assert.IsType<ModerationOutcome.Done>(outcome);
        Assert.Equal(new PlacedReport(reaction.Id, "com.atproto.moderation.defs#reasonViolation", "Bedreigt een leerkracht."), Assert.Single(platform.Reactions.Reports));
        Assert.Equal("/xrpc/com.atproto.moderation.createReport", server.Received[^1].Path);
        Assert.Equal(new BlueskyOptions().ModerationService, server.Received[^1].Headers["atproto-proxy"]);
    }

    [Fact]
    public async Task ReportReaction_DeletedReaction_NothingReported_APermanentFailure()
    {
        var outcome = await Connector().ReportReactionAsync("at://did:plc:reader9/app.bsky.feed.post/3lgone", ReportReason.Abuse, null, Credentials, default);

        var failed = Assert.IsType<ModerationOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("niets gemeld", failed.Reason, StringComparison.Ordinal);
        Assert.Empty(platform.Reactions.Reports);
        Assert.DoesNotContain(server.Received, r => r.Path.EndsWith("createReport", StringComparison.Ordinal));
    }

    private BlueskyConnector Connector() => new(http, new BlueskyOptions(), time);
}
