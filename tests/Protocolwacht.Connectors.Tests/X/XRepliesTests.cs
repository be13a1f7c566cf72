using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.Connectors.X;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.X;

namespace Protocolwacht.Connectors.Tests.X;

public sealed class XRepliesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new("x-access-1") { RefreshToken = "x-refresh-1", AccountId = XServer.UserId };
    private const string Text = "Dank voor uw reactie. Wilt u hierover contact opnemen met de directeur?";
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
    public async Task Reply_IsAPostInReplyToTheReactionAndIsFoundInTheConversation()
    {
        var root = Assert.IsType<PublishOutcome.Published>(await Connector().PublishAsync(new PublishRequest("Sportdag!", "k0"), Credentials, default)).PlatformPostId;
        var reaction = platform.Reactions.Place(root, "Waarom zo laat?", Now.AddMinutes(1), handle: "ouder", name: "Ouder");
        var target = new ReplyTarget(root, reaction.Id);

        var published = Assert.IsType<PublishOutcome.Published>(await Connector().ReplyAsync(new PublishRequest(Text, "k1") { ReplyTo = target }, Credentials, default));

        var body = JsonDocument.Parse(server.Received.Last(r => r.Method == "POST" && r.Path == "/2/tweets").Body).RootElement;
        Assert.Equal(reaction.Id, body.GetProperty("reply").GetProperty("in_reply_to_tweet_id").GetString());
        var (reactions, _) = await ReactionPages.ReadAllAsync(Connector(), root, Credentials);
        var own = reactions.Single(r => r.PlatformId == published.PlatformPostId);
        Assert.Equal((true, reaction.Id), (own.FromAccount, own.InReplyToId));
        var reconcile = new ReconcileRequest("sintjozef-x", PostFingerprint.Compute("sintjozef-x", Text), Now, "k1");
        Assert.Equal(published.PlatformPostId, Assert.IsType<ReconcileOutcome.Found>(await Connector().FindReplyAsync(reconcile, target, Credentials, default)).PlatformPostId);
    }

    private XConnector Connector() =>
        new(http, new XOptions { BaseUrl = server.BaseUrl, ClientId = XServer.ClientId, ReactionPageSize = 10 }, time);
}
