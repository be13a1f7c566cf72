using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.LinkedIn;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.LinkedIn;

namespace Protocolwacht.Connectors.Tests.LinkedIn;

public sealed class LinkedInConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new(LinkedInServer.Token) { AccountId = "5515715" };
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
    public async Task Publish_Accepted_SendsVersionedHeadersAndTakesTheUrnFromXRestliId()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Welkom (nieuw) team! #onderwijs", "k"), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal(platform.Posts.Keys.Single(), published.PlatformPostId);
        Assert.Equal($"https://www.linkedin.com/feed/update/{published.PlatformPostId}/", published.Url?.ToString());
        var request = Assert.Single(server.Received);
        Assert.Equal(("POST", "/rest/posts"), (request.Method, request.Path));
        Assert.Equal(LinkedInServer.Version, request.Header("LinkedIn-Version"));
        Assert.Equal("2.0.0", request.Header("X-Restli-Protocol-Version"));
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal(LinkedInServer.Organisation, body.GetProperty("author").GetString());
        Assert.Equal(@"Welkom \(nieuw\) team! \#onderwijs", body.GetProperty("commentary").GetString());
        Assert.Equal("PUBLISHED", body.GetProperty("lifecycleState").GetString());
        Assert.Equal("MAIN_FEED", body.GetProperty("distribution").GetProperty("feedDistribution").GetString());
    }

    [Fact]
    public async Task Publish_WithImage_InitializesUploadPutsTheBytesAndReferencesTheImage()
    {
        var image = new PublishMedia(MediaKind.Image, "team.jpg", "image/jpeg") { Content = new byte[] { 0xFF, 0xD8, 0xFF, 9 }, AltText = "Het nieuwe team" };

        var outcome = await Connector().PublishAsync(new PublishRequest("Ons nieuwe team", "k", [image]), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var imageUrn = platform.PostImages[published.PlatformPostId];
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF, 9 }, platform.Images[imageUrn]);
        Assert.Equal(["POST /rest/images", $"PUT /dms-uploads/{imageUrn["urn:li:image:".Length..]}/uploaded-image/0", "POST /rest/posts"], server.Received.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal("Het nieuwe team", JsonDocument.Parse(server.Received[^1].Body).RootElement.GetProperty("content").GetProperty("media").GetProperty("altText").GetString());
    }

    [Fact]
    public async Task Publish_ThreeImages_UploadsEachThenOneMultiImagePostWithAltTextInOrder()
    {
        var images = Enumerable.Range(1, 3).Select(n => new PublishMedia(MediaKind.Image, $"{n}.jpg", "image/jpeg")
        {
            Content = new byte[] { 0xFF, 0xD8, 0xFF, (byte)n },
            AltText = $"Teamfoto {n}",
        }).ToList();

        var outcome = await Connector().PublishAsync(new PublishRequest("Ons team in drie foto's", "k", images), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var shown = platform.PostImageList[published.PlatformPostId];
        Assert.Equal(["Teamfoto 1", "Teamfoto 2", "Teamfoto 3"], shown.Select(i => i.AltText));
        Assert.Equal([new byte[] { 0xFF, 0xD8, 0xFF, 1 }, new byte[] { 0xFF, 0xD8, 0xFF, 2 }, new byte[] { 0xFF, 0xD8, 0xFF, 3 }], shown.Select(i => platform.Images[i.Urn]));
        var content = JsonDocument.Parse(server.Received[^1].Body).RootElement.GetProperty("content");
        Assert.False(content.TryGetProperty("media", out _));
        Assert.Equal(3, content.GetProperty("multiImage").GetProperty("images").GetArrayLength());
    }

    [Fact]
    public async Task Publish_TokenRejected_FailsPermanentlyAskingToReconnect()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials with { AccessToken = "oud" }, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("Koppel het account opnieuw", failed.Reason, StringComparison.Ordinal);
        Assert.Equal("Invalid access token", failed.PlatformMessage);
    }

    [Fact]
    public async Task Publish_Duplicate_FailsPermanentlyWithDutchExplanation()
    {
        var connector = Connector();
        await connector.PublishAsync(new PublishRequest("Zelfde", "k1"), Credentials, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(new PublishRequest("Zelfde", "k2"), Credentials, default));

        Assert.StartsWith("LinkedIn weigert dit bericht omdat de organisatie al een bericht met dezelfde inhoud", failed.Reason, StringComparison.Ordinal);
        Assert.StartsWith("Content is a duplicate of urn:li:share:", failed.PlatformMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ThrottledWithoutResetHeader_UsesTheConfiguredBackoff()
    {
        platform.Throttled = true;
        var connector = new LinkedInConnector(http, new LinkedInOptions { BaseUrl = server.BaseUrl, ApiVersion = LinkedInServer.Version, DefaultRateLimitBackoff = TimeSpan.FromHours(1) }, time);

        var outcome = await connector.PublishAsync(new PublishRequest("Hallo", "k"), Credentials, default);

        var limited = Assert.IsType<PublishOutcome.RateLimited>(outcome);
        Assert.Equal(Now.AddHours(1), limited.RetryAt);
        Assert.Contains("APPLICATION DAY limit", limited.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithoutOrganisation_FailsBeforeCallingLinkedIn()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials with { AccountId = null }, default);

        Assert.Contains("organisatie-id", Assert.IsType<PublishOutcome.Failed>(outcome).Reason, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task Publish_AnswerSlowerThanTimeout_IsUnknownAndReconcileFindsTheEscapedCommentary()
    {
        platform.StallAfterCreating = true;
        platform.Now = TimeProvider.System.GetUtcNow();
        var connector = new LinkedInConnector(http, new LinkedInOptions { BaseUrl = server.BaseUrl, ApiVersion = LinkedInServer.Version, Timeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);
        const string text = "Vacature: leerkracht (0,8 fte) @ IKC De Linde #vacature";

        var outcome = await connector.PublishAsync(new PublishRequest(text, "k"), Credentials, default);

        Assert.IsType<PublishOutcome.Unknown>(outcome);
        var found = await connector.FindRecentAsync(new ReconcileRequest("acc", PostFingerprint.Compute("acc", text), platform.Now, "k"), Credentials, default);
        Assert.Equal(platform.Posts.Keys.Single(), Assert.IsType<ReconcileOutcome.Found>(found).PlatformPostId);
        var finder = server.Received[^1];
        Assert.Equal("FINDER", finder.Header("X-RestLi-Method"));
        Assert.Contains("author=urn%3Ali%3Aorganization%3A5515715&q=author", finder.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindRecent_OnlyOlderPosts_IsNotFound()
    {
        platform.AddPost("urn:li:share:1", "Oud", Now.AddDays(-1));

        var outcome = await Connector().FindRecentAsync(new ReconcileRequest("acc", PostFingerprint.Compute("acc", "Oud"), Now, "k"), Credentials, default);

        Assert.IsType<ReconcileOutcome.NotFound>(outcome);
    }

    [Fact]
    public async Task Edit_SendsAPartialUpdateOfTheCommentary()
    {
        var connector = Connector();
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Versie 1", "k"), Credentials, default));

        var edited = await connector.EditAsync(new EditRequest(published.PlatformPostId, "Versie 2 (definitief)"), Credentials, default);

        Assert.IsType<PublishOutcome.Published>(edited);
        var request = server.Received[^1];
        Assert.Equal("PARTIAL_UPDATE", request.Header("X-RestLi-Method"));
        Assert.Equal(@"Versie 2 \(definitief\)", platform.Posts[published.PlatformPostId].Commentary);
    }

    [Fact]
    public async Task Delete_ExistingThenMissing_BothEndDeleted()
    {
        var connector = Connector();
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Weg", "k"), Credentials, default));

        Assert.Equal(new DeleteOutcome.Deleted(false), await connector.DeleteAsync(published.PlatformPostId, Credentials, default));
        Assert.Equal(new DeleteOutcome.Deleted(true), await connector.DeleteAsync(published.PlatformPostId, Credentials, default));
        Assert.Equal("DELETE", server.Received[^1].Header("X-RestLi-Method"));
    }

    private LinkedInConnector Connector() =>
        new(http, new LinkedInOptions { BaseUrl = server.BaseUrl, ApiVersion = LinkedInServer.Version }, time);
}
