using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Instagram;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Instagram;

namespace Protocolwacht.Connectors.Tests.Instagram;

public sealed class InstagramConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new(InstagramServer.Token) { AccountId = InstagramServer.IgUserId };
    private readonly InstagramServer platform = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly HttpClient http = new();
    private LocalPlatformServer server = null!;
    private ImageHost images = null!;

    private PublishMedia Photo { get; set; } = null!;

    public async Task InitializeAsync()
    {
        server = await LocalPlatformServer.StartAsync(platform.Map);
        images = await ImageHost.StartAsync();
        Photo = new(MediaKind.Image, "sportdag.jpg", "image/jpeg") { PublicUrl = images.Add("sportdag.jpg", Jpeg(0)), AltText = "Kinderen rennen over de atletiekbaan" };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
        await images.Server.DisposeAsync();
    }

    private static byte[] Jpeg(int n) => [0xFF, 0xD8, 0xFF, 0xE0, (byte)n];

    [Fact]
    public async Task Publish_Image_CreatesContainerChecksItThenPublishesIt()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Sportdag! #kindcentrum", "k", [Photo]), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal(platform.Media.Keys.Single(), published.PlatformPostId);
        Assert.StartsWith("https://www.instagram.com/p/", published.Url?.ToString(), StringComparison.Ordinal);
        var paths = server.Received.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal($"POST /v24.0/{InstagramServer.IgUserId}/media", paths[0]);
        Assert.StartsWith("GET /v24.0/", paths[1], StringComparison.Ordinal);
        Assert.Equal($"POST /v24.0/{InstagramServer.IgUserId}/media_publish", paths[2]);
        Assert.Contains("image_url=" + Uri.EscapeDataString(Photo.PublicUrl!.AbsoluteUri), server.Received[0].Body, StringComparison.Ordinal);
        Assert.Contains("caption=Sportdag%21+%23kindcentrum", server.Received[0].Body, StringComparison.Ordinal);
        Assert.Contains("alt_text=Kinderen+rennen+over+de+atletiekbaan", server.Received[0].Body, StringComparison.Ordinal);
        var image = Assert.Single(platform.MediaItems[published.PlatformPostId]);
        Assert.Equal(Jpeg(0), image.Bytes);
        Assert.Equal(("Kinderen rennen over de atletiekbaan", false), (image.AltText, image.IsCarouselItem));
        Assert.Contains("creation_id=", server.Received[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_TextOnly_FailsPermanentlyWithDutchReasonWithoutCallingInstagram()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Alleen tekst", "k"), Credentials, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Equal("Instagram plaatst geen berichten met alleen tekst. Voeg een afbeelding toe of kies een ander account.", failed.Reason);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task Publish_ContainerStillProcessing_PollsUntilFinished()
    {
        platform.ProcessingPolls = 2;
        var connector = new InstagramConnector(http, new InstagramOptions { BaseUrl = server.BaseUrl, ContainerPollInterval = TimeSpan.FromMilliseconds(10) }, TimeProvider.System);

        var outcome = await connector.PublishAsync(new PublishRequest("Even geduld", "k", [Photo]), Credentials, default);

        Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal(3, server.Received.Count(r => r.Query.Contains("status_code", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Publish_ImageCannotBeProcessed_FailsPermanentlyAndNeverPublishes()
    {
        var broken = Photo with { PublicUrl = images.Url("bestaat-niet.jpg") }; // the host answers 404

        var outcome = await Connector().PublishAsync(new PublishRequest("Kapotte foto", "k", [broken]), Credentials, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("Media download has failed", failed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Received, r => r.Path.EndsWith("media_publish", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_TokenInvalidated_FailsPermanentlyAskingToReconnect()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k", [Photo]), Credentials with { AccessToken = "oud" }, default);

        Assert.Contains("Koppel het account opnieuw", Assert.IsType<PublishOutcome.Failed>(outcome).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_DailyPublishingLimit_IsRateLimitedWithTheConfiguredBackoff()
    {
        platform.DailyLimitReached = true;
        var connector = new InstagramConnector(http, new InstagramOptions { BaseUrl = server.BaseUrl, DefaultRateLimitBackoff = TimeSpan.FromHours(2) }, time);

        var outcome = await connector.PublishAsync(new PublishRequest("Hallo", "k", [Photo]), Credentials, default);

        Assert.Equal(Now.AddHours(2), Assert.IsType<PublishOutcome.RateLimited>(outcome).RetryAt);
    }

    [Fact]
    public async Task Publish_NoAnswerToMediaPublish_IsUnknownAndReconcileFindsTheCaption()
    {
        platform.StallAfterPublishing = true;
        platform.Now = TimeProvider.System.GetUtcNow();
        var connector = new InstagramConnector(http, new InstagramOptions { BaseUrl = server.BaseUrl, Timeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);

        var outcome = await connector.PublishAsync(new PublishRequest("Schoolfoto's zijn binnen", "k", [Photo]), Credentials, default);

        Assert.IsType<PublishOutcome.Unknown>(outcome);
        var found = await connector.FindRecentAsync(new ReconcileRequest("acc", PostFingerprint.Compute("acc", "Schoolfoto's zijn binnen"), platform.Now, "k"), Credentials, default);
        Assert.Equal(platform.Media.Keys.Single(), Assert.IsType<ReconcileOutcome.Found>(found).PlatformPostId);
    }

    [Fact]
    public async Task Publish_ThreeImages_ItemContainersInOrderThenOneCarouselContainerWithTheCaption()
    {
        var photos = Enumerable.Range(1, 3).Select(n => new PublishMedia(MediaKind.Image, $"{n}.jpg", "image/jpeg")
        {
            PublicUrl = images.Add($"{n}.jpg", Jpeg(n)),
            AltText = $"Foto {n}",
        }).ToList();

        var outcome = await Connector().PublishAsync(new PublishRequest("Sportdag in drie foto's", "k", photos), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var items = platform.MediaItems[published.PlatformPostId];
        Assert.Equal([Jpeg(1), Jpeg(2), Jpeg(3)], items.Select(i => i.Bytes));
        Assert.Equal(["Foto 1", "Foto 2", "Foto 3"], items.Select(i => i.AltText));
        var creates = server.Received.Where(r => r.Method == "POST" && r.Path.EndsWith("/media", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, creates.Count);
        Assert.All(creates.Take(3), r => Assert.Contains("is_carousel_item=true", r.Body, StringComparison.Ordinal));
        Assert.All(creates.Take(3), r => Assert.DoesNotContain("caption=", r.Body, StringComparison.Ordinal));
        Assert.Contains("media_type=CAROUSEL", creates[3].Body, StringComparison.Ordinal);
        Assert.Contains("caption=Sportdag+in+drie+foto%27s", creates[3].Body, StringComparison.Ordinal);
        Assert.Equal("Sportdag in drie foto's", platform.Media[published.PlatformPostId].Caption);
    }

    [Fact]
    public async Task Publish_ElevenImages_RefusedBeforeCallingInstagram()
    {
        var photos = Enumerable.Repeat(Photo, 11).ToList();

        var outcome = await Connector().PublishAsync(new PublishRequest("Te veel", "k", photos), Credentials, default);

        Assert.Equal("Instagram neemt hoogstens 10 bijlage(n) per bericht; dit bericht heeft er 11.", Assert.IsType<PublishOutcome.Failed>(outcome).Reason);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task FindRecent_StopsAtMediaOlderThanTheAttempt_NotFound()
    {
        platform.AddMedia("18000000000000100", "Oud", Now.AddDays(-3));
        platform.AddMedia("18000000000000200", "Nieuw", Now.AddMinutes(1));
        var connector = new InstagramConnector(http, new InstagramOptions { BaseUrl = server.BaseUrl, ReconcilePageSize = 1 }, time);

        var outcome = await connector.FindRecentAsync(new ReconcileRequest("acc", PostFingerprint.Compute("acc", "Oud"), Now, "k"), Credentials, default);

        Assert.IsType<ReconcileOutcome.NotFound>(outcome);
        Assert.Equal(2, server.Received.Count);
    }

    [Fact]
    public async Task EditAndDelete_AreRefusedBecauseTheApiCannotDoThem()
    {
        var connector = Connector();

        Assert.True(Assert.IsType<PublishOutcome.Failed>(await connector.EditAsync(new EditRequest("1", "x"), Credentials, default)).Permanent);
        Assert.True(Assert.IsType<DeleteOutcome.Failed>(await connector.DeleteAsync("1", Credentials, default)).Permanent);
        Assert.Empty(server.Received);
    }

    private InstagramConnector Connector() => new(http, new InstagramOptions { BaseUrl = server.BaseUrl }, time);
}
