using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.X;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.X;

namespace Protocolwacht.Connectors.Tests.X;

public sealed class XConnectorTests : IAsyncLifetime
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
    public async Task Publish_Accepted_PostsJsonTextWithBearerToken()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Schoolreis naar Artis", "k"), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal($"https://x.com/i/web/status/{published.PlatformPostId}", published.Url?.ToString());
        Assert.Null(published.RenewedCredentials);
        var request = Assert.Single(server.Received);
        Assert.Equal(("POST", "/2/tweets", "Bearer x-access-1"), (request.Method, request.Path, request.Header("Authorization")));
        Assert.Equal("Schoolreis naar Artis", JsonDocument.Parse(request.Body).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Publish_AccessTokenExpired_RefreshesOnceAndReturnsTheRotatedTokens()
    {
        platform.ExpireAccessTokens();

        var outcome = await Connector().PublishAsync(new PublishRequest("Na vernieuwen", "k"), Credentials, default);

        Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal("x-access-2", outcome.RenewedCredentials?.AccessToken);
        Assert.Equal("x-refresh-2", outcome.RenewedCredentials?.RefreshToken);
        Assert.Equal(XServer.UserId, outcome.RenewedCredentials?.AccountId);
        Assert.Single(platform.Posts);
        var refresh = Assert.Single(server.Received, r => r.Path == "/2/oauth2/token");
        Assert.Contains("grant_type=refresh_token", refresh.Body, StringComparison.Ordinal);
        Assert.Contains("refresh_token=x-refresh-1", refresh.Body, StringComparison.Ordinal);
        Assert.Contains($"client_id={XServer.ClientId}", refresh.Body, StringComparison.Ordinal);
        Assert.Equal("Bearer x-access-2", server.Received[^1].Header("Authorization"));
    }

    [Fact]
    public async Task Publish_WithImageAndExpiredToken_RefreshesDuringUploadAndPostsWithTheNewToken()
    {
        platform.ExpireAccessTokens();
        var image = new PublishMedia(MediaKind.Image, "a.png", "image/png") { Content = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1 } };

        var outcome = await Connector().PublishAsync(new PublishRequest("Met foto", "k", [image]), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal("x-access-2", outcome.RenewedCredentials?.AccessToken);
        var (mediaId, media) = Assert.Single(platform.Media);
        Assert.Equal(("tweet_image", "image/png", 5), media);
        Assert.Equal([mediaId], platform.PostMedia[published.PlatformPostId]);
        Assert.Single(server.Received, r => r.Path == "/2/oauth2/token");
        Assert.Equal("Bearer x-access-2", server.Received[^1].Header("Authorization"));
    }

    [Fact]
    public async Task Publish_ThreeImagesWithAltText_UploadsDescribesEachAndPostsTheIdsInOrder()
    {
        var images = Enumerable.Range(1, 3).Select(n => new PublishMedia(MediaKind.Image, $"{n}.png", "image/png")
        {
            Content = new byte[] { 0x89, 0x50, 0x4E, 0x47, (byte)n },
            AltText = $"Foto {n} van het schoolplein",
        }).ToList();

        var outcome = await Connector().PublishAsync(new PublishRequest("Drie foto's", "k", images), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var ids = platform.PostMedia[published.PlatformPostId];
        Assert.Equal(["Foto 1 van het schoolplein", "Foto 2 van het schoolplein", "Foto 3 van het schoolplein"], ids.Select(id => platform.AltTexts[id]));
        Assert.Equal(
            ["/2/media/upload", "/2/media/metadata", "/2/media/upload", "/2/media/metadata", "/2/media/upload", "/2/media/metadata", "/2/tweets"],
            server.Received.Select(r => r.Path));
        Assert.Equal([.. ids.Order(StringComparer.Ordinal)], ids); // uploaded in order, so their ids ascend in the post's order
    }

    [Fact]
    public async Task Publish_FiveImages_RefusedBeforeCallingX()
    {
        var image = new PublishMedia(MediaKind.Image, "a.png", "image/png") { Content = new byte[] { 0x89, 0x50, 0x4E, 0x47 } };

        var outcome = await Connector().PublishAsync(new PublishRequest("Te veel", "k", [image, image, image, image, image]), Credentials, default);

        Assert.Equal("X neemt hoogstens 4 bijlage(n) per bericht; dit bericht heeft er 5.", Assert.IsType<PublishOutcome.Failed>(outcome).Reason);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task Publish_RefreshTokenRejected_FailsPermanentlyAskingToReconnect()
    {
        platform.ExpireAccessTokens();

        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials with { RefreshToken = "ingetrokken" }, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("Koppel het account opnieuw", failed.Reason, StringComparison.Ordinal);
        Assert.Equal("Value passed for the token was invalid.", failed.PlatformMessage);
        Assert.Empty(platform.Posts);
    }

    [Fact]
    public async Task Publish_UnauthorizedWithoutRefreshToken_FailsWithoutRefreshing()
    {
        platform.ExpireAccessTokens();

        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials with { RefreshToken = null }, default);

        Assert.Contains("Koppel het account opnieuw", Assert.IsType<PublishOutcome.Failed>(outcome).Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Received, r => r.Path == "/2/oauth2/token");
    }

    [Fact]
    public async Task Publish_DuplicateText_FailsPermanentlyWithDutchExplanation()
    {
        var connector = Connector();
        await connector.PublishAsync(new PublishRequest("Zelfde tekst", "k1"), Credentials, default);

        var outcome = await connector.PublishAsync(new PublishRequest("Zelfde tekst", "k2"), Credentials, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.StartsWith("X weigert dit bericht omdat dit account al een bericht met precies dezelfde tekst", failed.Reason, StringComparison.Ordinal);
        Assert.Equal("You are not allowed to create a Tweet with duplicate content.", failed.PlatformMessage);
    }

    [Fact]
    public async Task Publish_RateLimited_RetriesAtXRateLimitReset()
    {
        platform.RateLimitResetUnix = Now.AddMinutes(15).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials, default);

        Assert.Equal(Now.AddMinutes(15), Assert.IsType<PublishOutcome.RateLimited>(outcome).RetryAt);
    }

    [Fact]
    public async Task Publish_AnswerSlowerThanTimeout_IsUnknownAndReconcileFindsItDespiteTcoLinksAndEscapes()
    {
        platform.StallAfterCreating = true;
        platform.Now = TimeProvider.System.GetUtcNow();
        var connector = new XConnector(http, new XOptions { BaseUrl = server.BaseUrl, ClientId = XServer.ClientId, Timeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);
        const string text = "Kunst & cultuur <3 https://www.kindcentrum.example/agenda";

        var outcome = await connector.PublishAsync(new PublishRequest(text, "k"), Credentials, default);

        Assert.IsType<PublishOutcome.Unknown>(outcome);
        var found = await connector.FindRecentAsync(new ReconcileRequest("acc", PostFingerprint.Compute("acc", text), platform.Now, "k"), Credentials, default);
        Assert.Equal(platform.Posts.Keys.Single(), Assert.IsType<ReconcileOutcome.Found>(found).PlatformPostId);
    }

    [Fact]
    public async Task FindRecent_WithoutUserId_LooksUpMeAndPagesThroughTheWindow()
    {
        platform.AddPost("1860000000000000010", "Oud", Now.AddHours(-3));
        for (var i = 1; i <= 6; i++)
        {
            platform.AddPost($"186000000000000001{i}", $"Bericht {i}", Now.AddMinutes(i));
        }

        // Six posts in the window, five per page (X's minimum): two pages.
        var connector = new XConnector(http, new XOptions { BaseUrl = server.BaseUrl, ReconcilePageSize = 5 }, time);

        var outcome = await connector.FindRecentAsync(new ReconcileRequest("acc", PostFingerprint.Compute("acc", "Oud"), Now, "k"), Credentials with { AccountId = null }, default);

        Assert.IsType<ReconcileOutcome.NotFound>(outcome);
        Assert.Equal("/2/users/me", server.Received[0].Path);
        Assert.Contains("start_time=2026-11-24T04:20:00Z", server.Received[1].Query, StringComparison.Ordinal);
        Assert.Contains("pagination_token=5", server.Received[2].Query, StringComparison.Ordinal);
        Assert.Equal(3, server.Received.Count);
    }

    [Fact]
    public async Task Delete_RemovesThePost()
    {
        var connector = Connector();
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Weg", "k"), Credentials, default));

        var outcome = await connector.DeleteAsync(published.PlatformPostId, Credentials, default);

        Assert.Equal(new DeleteOutcome.Deleted(false), outcome);
        Assert.Equal(("DELETE", $"/2/tweets/{published.PlatformPostId}"), (server.Received[^1].Method, server.Received[^1].Path));
        Assert.Empty(platform.Posts);
    }

    private XConnector Connector() =>
        new(http, new XOptions { BaseUrl = server.BaseUrl, ClientId = XServer.ClientId }, time);
}
