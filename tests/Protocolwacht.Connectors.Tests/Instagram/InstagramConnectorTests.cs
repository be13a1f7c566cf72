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
    private static readonly PublishMedia Photo = new(MediaKind.Image, "sportdag.jpg", "image/jpeg") { PublicUrl = new Uri("https://media.kindcentrum.example/sportdag.jpg") };
    private readonly InstagramServer platform = new();
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
        Assert.Contains("image_url=https%3A%2F%2Fmedia.kindcentrum.example%2Fsportdag.jpg", server.Received[0].Body, StringComparison.Ordinal);
        Assert.Contains("caption=Sportdag%21+%23kindcentrum", server.Received[0].Body, StringComparison.Ordinal);
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
        var broken = Photo with { PublicUrl = new Uri("https://media.kindcentrum.example/kapot.jpg") };

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
