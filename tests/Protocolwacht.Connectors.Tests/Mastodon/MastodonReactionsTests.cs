using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Mastodon;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;

namespace Protocolwacht.Connectors.Tests.Mastodon;

public sealed class MastodonReactionsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private readonly MastodonServer platform = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly HttpClient http = new();
    private LocalPlatformServer server = null!;

    private PlatformCredentials Credentials => new(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = server.BaseUrl };

    public async Task InitializeAsync() => server = await LocalPlatformServer.StartAsync(platform.Map);

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task ReadReactions_Descendants_ReturnsTextAuthorAndMarksTheAccountsOwnReply()
    {
        var status = platform.AddStatus("<p>Sportdag!</p>", Now);
        var parent = platform.Reactions.Place(status, "Wat leuk & gezellig <3", Now.AddMinutes(1), handle: "ouder@social.example", name: "Ouder Een");
        platform.Reactions.Place(status, "Dank je wel!", Now.AddMinutes(2), handle: "kindcentrum", name: "Kindcentrum", authorId: MastodonServer.AccountId, parentId: parent.Id);

        var (reactions, pages) = await ReactionPages.ReadAllAsync(Connector(), status, Credentials);

        Assert.Equal(1, pages);
        Assert.Equal(["Wat leuk & gezellig <3", "Dank je wel!"], reactions.Select(r => r.Text));
        Assert.Equal(("ouder@social.example", "Ouder Een", false), (reactions[0].AuthorHandle, reactions[0].AuthorName, reactions[0].FromAccount));
        Assert.Equal(Now.AddMinutes(1), reactions[0].CreatedAt);
        Assert.True(reactions[1].FromAccount);
        Assert.Equal(parent.Id, reactions[1].InReplyToId);
        Assert.Equal($"/api/v1/statuses/{status}/context", server.Received[^1].Path);
    }

    [Fact]
    public async Task ReadReactions_RateLimited_WaitsUntilTheResetHeader()
    {
        var status = platform.AddStatus("<p>Sportdag!</p>", Now);
        platform.Reactions.RateLimitedReads = 1;

        var outcome = await Connector().ReadReactionsAsync(new ReactionsRequest(status), Credentials, default);

        Assert.Equal(DateTimeOffset.Parse(platform.RateLimitReset, CultureInfo.InvariantCulture), Assert.IsType<ReactionsOutcome.RateLimited>(outcome).RetryAt);
    }

    [Fact]
    public async Task HideReaction_MastodonCannotHide_RefusedWithoutCallingThePlatform()
    {
        var outcome = await Connector().HideReactionAsync("123", Credentials, default);

        Assert.True(Assert.IsType<ModerationOutcome.Failed>(outcome).Permanent);
        Assert.False(Connector().Capabilities.CanHideReactions);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task ReportReaction_ReadsTheAuthorThenReportsTheStatusWithTheCommentAndForwards()
    {
        var status = platform.AddStatus("<p>Sportdag!</p>", Now);
        var reaction = platform.Reactions.Place(status, "Die juf is een sukkel", Now.AddMinutes(1), handle: "boos@elders.example", name: "Boos", authorId: "acct-42");
        Assert.Empty(platform.Reactions.Reports);

        var outcome = await Connector().ReportReactionAsync(reaction.Id, ReportReason.Abuse, "Beledigt een leerkracht van onze school.", Credentials, default);

        Assert.IsType<ModerationOutcome.Done>(outcome);
        Assert.Equal(new PlacedReport(reaction.Id, "other", "Beledigt een leerkracht van onze school."), Assert.Single(platform.Reactions.Reports));
        Assert.Equal([$"/api/v1/statuses/{reaction.Id}", "/api/v1/reports"], server.Received.Select(r => r.Path));
        Assert.Contains("\"forward\":true", server.Received[^1].Body, StringComparison.Ordinal);
        Assert.Contains("\"account_id\":\"acct-42\"", server.Received[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportReaction_Spam_UsesMastodonsSpamCategory_AndADeletedReactionIsAClearPermanentFailure()
    {
        var status = platform.AddStatus("<p>Sportdag!</p>", Now);
        var spam = platform.Reactions.Place(status, "Koop nu goedkope volgers!!", Now.AddMinutes(1), handle: "spam@elders.example");

        Assert.IsType<ModerationOutcome.Done>(await Connector().ReportReactionAsync(spam.Id, ReportReason.Spam, null, Credentials, default));
        var gone = await Connector().ReportReactionAsync("999999", ReportReason.Abuse, null, Credentials, default);

        Assert.Equal("spam", Assert.Single(platform.Reactions.Reports).Category);
        var failed = Assert.IsType<ModerationOutcome.Failed>(gone);
        Assert.True(failed.Permanent);
        Assert.Contains("niet (meer)", failed.Reason, StringComparison.Ordinal);
        Assert.True(Connector().Capabilities.CanReportReactions);
    }

    private MastodonConnector Connector() => new(http, new MastodonOptions(), time);
}
