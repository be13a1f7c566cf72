using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Bluesky;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Bluesky;

namespace Protocolwacht.Connectors.Tests.Bluesky;

public sealed class BlueskyRepliesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private const string Text = "Dank je wel voor je reactie! Kom je even langs bij de juf?";
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
    public async Task Reply_CarriesRootAndParentAsStrongReferencesAndIsFoundInTheThread()
    {
        var connector = Connector();
        var root = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Sportdag!", "k"), Credentials, default)).PlatformPostId;
        var reaction = platform.Reactions.Place(root, "Waarom mocht ik niet mee?", Now.AddMinutes(1), handle: "leerling.bsky.social", name: "Leerling");
        var target = new ReplyTarget(root, reaction.Id);

        var published = Assert.IsType<PublishOutcome.Published>(await connector.ReplyAsync(new PublishRequest(Text, "k2") { ReplyTo = target }, Credentials, default));

        Assert.Contains(server.Received, r => r.Path == "/xrpc/app.bsky.feed.getPosts");
        var record = JsonDocument.Parse(server.Received.Last(r => r.Path == "/xrpc/com.atproto.repo.createRecord").Body).RootElement.GetProperty("record");
        var reply = record.GetProperty("reply");
        Assert.Equal((root, reaction.Id), (reply.GetProperty("root").GetProperty("uri").GetString(), reply.GetProperty("parent").GetProperty("uri").GetString()));
        Assert.StartsWith("bafyrei", reply.GetProperty("parent").GetProperty("cid").GetString(), StringComparison.Ordinal);
        Assert.Equal(reaction.Id, platform.ReplyParents[published.PlatformPostId]);
        var (reactions, _) = await ReactionPages.ReadAllAsync(connector, root, Credentials);
        Assert.True(reactions.Single(r => r.PlatformId == published.PlatformPostId).FromAccount);
        var reconcile = new ReconcileRequest("kompas-bluesky", PostFingerprint.Compute("kompas-bluesky", Text), Now, "k2");
        Assert.Equal(published.PlatformPostId, Assert.IsType<ReconcileOutcome.Found>(await connector.FindReplyAsync(reconcile, target, Credentials, default)).PlatformPostId);
    }

    [Fact]
    public async Task Reply_ToAReactionThatIsGone_FailsBeforeWritingAnything()
    {
        var connector = Connector();
        var root = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Sportdag!", "k"), Credentials, default)).PlatformPostId;

        var outcome = await connector.ReplyAsync(new PublishRequest(Text, "k2") { ReplyTo = new ReplyTarget(root, "at://did:plc:gone/app.bsky.feed.post/3lx") }, Credentials, default);

        Assert.True(Assert.IsType<PublishOutcome.Failed>(outcome).Permanent);
        Assert.Single(server.Received, r => r.Path == "/xrpc/com.atproto.repo.createRecord");
    }

    private BlueskyConnector Connector() => new(http, new BlueskyOptions(), time);
}
