using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Mastodon;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;

namespace Protocolwacht.Connectors.Tests.Mastodon;

public sealed class MastodonRepliesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private const string Text = "Dank voor uw reactie. Wilt u ons even bellen?";
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
    public async Task Reply_IsAStatusInReplyToTheReactionWithTheIdempotencyKeyAndIsFoundInTheContext()
    {
        var status = platform.AddStatus("<p>Sportdag!</p>", Now);
        var reaction = platform.Reactions.Place(status, "Waarom zo laat?", Now.AddMinutes(1));
        var target = new ReplyTarget(status, reaction.Id);

        var published = Assert.IsType<PublishOutcome.Published>(await Connector().ReplyAsync(new PublishRequest(Text, "key-7") { ReplyTo = target }, Credentials, default));

        var request = server.Received.Single(r => r.Method == "POST");
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal((reaction.Id, Text), (body.GetProperty("in_reply_to_id").GetString(), body.GetProperty("status").GetString()));
        Assert.Equal("key-7", request.Header("Idempotency-Key"));
        var (reactions, _) = await ReactionPages.ReadAllAsync(Connector(), status, Credentials);
        Assert.True(reactions.Single(r => r.PlatformId == published.PlatformPostId).FromAccount);
        var reconcile = new ReconcileRequest("sintjozef-mastodon", PostFingerprint.Compute("sintjozef-mastodon", Text), Now, "key-7");
        Assert.Equal(published.PlatformPostId, Assert.IsType<ReconcileOutcome.Found>(await Connector().FindReplyAsync(reconcile, target, Credentials, default)).PlatformPostId);
        var other = reconcile with { Fingerprint = PostFingerprint.Compute("sintjozef-mastodon", "Iets anders") };
        Assert.IsType<ReconcileOutcome.NotFound>(await Connector().FindReplyAsync(other, target, Credentials, default));
    }

    private MastodonConnector Connector() => new(http, new MastodonOptions(), time);
}
