using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Bluesky;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Bluesky;

namespace Protocolwacht.Connectors.Tests.Bluesky;

public sealed class BlueskyConnectorTests : IAsyncLifetime
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
    public async Task Publish_Accepted_CreatesSessionThenPostRecordInTheAccountsRepo()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Sportdag gaat door!", "k"), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var rkey = platform.Records.Keys.Single();
        Assert.Equal($"at://{BlueskyServer.Did}/app.bsky.feed.post/{rkey}", published.PlatformPostId);
        Assert.Equal($"https://bsky.app/profile/{BlueskyServer.Did}/post/{rkey}", published.Url?.ToString());
        Assert.Equal(["/xrpc/com.atproto.server.createSession", "/xrpc/com.atproto.repo.createRecord"], server.Received.Select(r => r.Path));
        var create = server.Received[1];
        Assert.Equal("Bearer access-1", create.Header("Authorization"));
        var body = JsonDocument.Parse(create.Body).RootElement;
        Assert.Equal(BlueskyServer.Did, body.GetProperty("repo").GetString());
        Assert.Equal("app.bsky.feed.post", body.GetProperty("collection").GetString());
        Assert.Equal("app.bsky.feed.post", body.GetProperty("record").GetProperty("$type").GetString());
        Assert.Equal("2026-11-24T04:30:00.000Z", body.GetProperty("record").GetProperty("createdAt").GetString());
        Assert.Equal("nl", body.GetProperty("record").GetProperty("langs")[0].GetString());
    }

    [Fact]
    public async Task Publish_Twice_ReusesTheSession()
    {
        var connector = Connector();
        await connector.PublishAsync(new PublishRequest("Een", "k1"), Credentials, default);
        await connector.PublishAsync(new PublishRequest("Twee", "k2"), Credentials, default);

        Assert.Single(server.Received, r => r.Path.EndsWith("createSession", StringComparison.Ordinal));
        Assert.Equal(2, platform.Records.Count);
    }

    [Fact]
    public async Task Publish_AccessTokenExpired_RefreshesTheSessionAndPostsOnce()
    {
        var connector = Connector();
        await connector.PublishAsync(new PublishRequest("Een", "k1"), Credentials, default);
        platform.ExpireAccessTokensOnNextWrite = true;

        var outcome = await connector.PublishAsync(new PublishRequest("Twee", "k2"), Credentials, default);

        Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal(2, platform.Records.Count);
        var refresh = Assert.Single(server.Received, r => r.Path.EndsWith("refreshSession", StringComparison.Ordinal));
        Assert.Equal("Bearer refresh-1", refresh.Header("Authorization"));
        Assert.Equal("Bearer access-2", server.Received[^1].Header("Authorization"));
    }

    // Found by the short fuzz pass (issue #16): the token went into the Authorization header and
    // HttpClient threw a FormatException out of the connector.
    [Theory]
    [InlineData("access\n1")]
    [InlineData("access\u00001")]
    public async Task Publish_SessionTokenThatCannotBeAHeader_FailsWithoutPosting(string token)
    {
        platform.SessionAccessJwt = token;

        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.False(failed.Permanent);
        Assert.Empty(platform.Records);
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task Publish_WrongAppPassword_FailsPermanentlyAskingToReconnect()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials with { AccessToken = "fout" }, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("Koppel het account opnieuw", failed.Reason, StringComparison.Ordinal);
        Assert.Equal("AuthenticationRequired: Invalid identifier or password", failed.PlatformMessage);
        Assert.Empty(platform.Records);
    }

    [Fact]
    public async Task Publish_InvalidRecord_FailsPermanentlyWithTheXrpcMessage()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest(new string('x', 301), "k"), Credentials, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("must not be longer than 300 graphemes", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_RateLimited_RetriesAtTheUnixTimeInRatelimitReset()
    {
        platform.RateLimitResetUnix = Now.AddMinutes(42).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials, default);

        Assert.Equal(Now.AddMinutes(42), Assert.IsType<PublishOutcome.RateLimited>(outcome).RetryAt);
    }

    [Fact]
    public async Task Publish_AnswerSlowerThanTimeout_IsUnknownAndReconcileFindsTheRecord()
    {
        platform.StallAfterCreating = true;
        var connector = Connector(TimeSpan.FromSeconds(5), TimeProvider.System);
        var attemptedAt = TimeProvider.System.GetUtcNow();

        var outcome = await connector.PublishAsync(new PublishRequest("Ouderavond om 19.30 uur", "k"), Credentials, default);

        Assert.IsType<PublishOutcome.Unknown>(outcome);
        var found = await connector.FindRecentAsync(new ReconcileRequest("acc", PostFingerprint.Compute("acc", "Ouderavond om 19.30 uur"), attemptedAt, "k"), Credentials, default);
        Assert.EndsWith(platform.Records.Keys.Single(), Assert.IsType<ReconcileOutcome.Found>(found).PlatformPostId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindRecent_FollowsTheCursorUntilRecordsPredateTheAttempt_NotFound()
    {
        platform.AddRecord("3l0000000000a", "Oud bericht", Now.AddDays(-1));
        platform.AddRecord("3l0000000000b", "Nieuw 1", Now.AddMinutes(1));
        platform.AddRecord("3l0000000000c", "Nieuw 2", Now.AddMinutes(2));
        var connector = new BlueskyConnector(http, new BlueskyOptions { ReconcilePageSize = 2 }, time);

        var outcome = await connector.FindRecentAsync(new ReconcileRequest("acc", PostFingerprint.Compute("acc", "Oud bericht"), Now, "k"), Credentials, default);

        Assert.IsType<ReconcileOutcome.NotFound>(outcome);
        var lists = server.Received.Where(r => r.Path.EndsWith("listRecords", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lists.Count);
        Assert.Contains("cursor=3l0000000000b", lists[1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_IsRefusedBecauseBlueskyHasNoEdits()
    {
        var outcome = await Connector().EditAsync(new EditRequest("at://x/app.bsky.feed.post/1", "nieuw"), Credentials, default);

        Assert.True(Assert.IsType<PublishOutcome.Failed>(outcome).Permanent);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task Delete_SendsTheRecordKeyFromTheAtUri()
    {
        var connector = Connector();
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Weg", "k"), Credentials, default));

        var outcome = await connector.DeleteAsync(published.PlatformPostId, Credentials, default);

        Assert.Equal(new DeleteOutcome.Deleted(false), outcome);
        Assert.Empty(platform.Records);
        Assert.Equal("app.bsky.feed.post", JsonDocument.Parse(server.Received[^1].Body).RootElement.GetProperty("collection").GetString());
    }

    [Fact]
    public async Task Publish_WithImages_UploadsBlobsAndEmbedsThemWithAltText()
    {
        var first = new PublishMedia(MediaKind.Image, "a.jpg", "image/jpeg") { Content = new byte[] { 0xFF, 0xD8, 1 }, AltText = "Het schoolplein" };
        var second = new PublishMedia(MediaKind.Image, "b.png", "image/png") { Content = new byte[] { 0x89, 0x50, 0x4E, 0x47 } };

        var outcome = await Connector().PublishAsync(new PublishRequest("Nieuw schoolplein", "k", [first, second]), Credentials, default);

        Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal([("image/jpeg", 3L), ("image/png", 4L)], platform.Blobs.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Value));
        var embed = JsonDocument.Parse(platform.Embeds.Values.Single()).RootElement;
        Assert.Equal("app.bsky.embed.images", embed.GetProperty("$type").GetString());
        Assert.Equal(["Het schoolplein", ""], embed.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("alt").GetString()));
        Assert.Equal(2, server.Received.Count(r => r.Path.EndsWith("uploadBlob", StringComparison.Ordinal)));
    }

    private BlueskyConnector Connector(TimeSpan? timeout = null, TimeProvider? clock = null) =>
        new(http, new BlueskyOptions { Timeout = timeout ?? TimeSpan.FromSeconds(10) }, clock ?? time);
}
