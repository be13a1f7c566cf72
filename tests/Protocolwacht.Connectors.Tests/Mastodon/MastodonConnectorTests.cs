using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Mastodon;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;

namespace Protocolwacht.Connectors.Tests.Mastodon;

public sealed class MastodonConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private readonly MastodonServer platform = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly HttpClient http = new();
    private LocalPlatformServer server = null!;

    private PlatformCredentials Credentials => new(MastodonServer.Token) { InstanceBaseUrl = server.BaseUrl };

    public async Task InitializeAsync() => server = await LocalPlatformServer.StartAsync(platform.Map);

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Publish_Accepted_SendsBearerTokenIdempotencyKeyAndStatus()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Open dag zaterdag!", "outbox-1"), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal($"https://social.example/@kindcentrum/{published.PlatformPostId}", published.Url?.ToString());
        var request = Assert.Single(server.Received);
        Assert.Equal(("POST", "/api/v1/statuses"), (request.Method, request.Path));
        Assert.Equal($"Bearer {MastodonServer.Token}", request.Header("Authorization"));
        Assert.Equal("outbox-1", request.Header("Idempotency-Key"));
        Assert.Contains("\"status\":\"Open dag zaterdag!\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"language\":\"nl\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_SameIdempotencyKeyTwice_ReturnsFirstStatusAndCreatesNoDuplicate()
    {
        var connector = Connector();
        var first = await connector.PublishAsync(new PublishRequest("Eén keer plaatsen", "outbox-7"), Credentials, default);
        var second = await connector.PublishAsync(new PublishRequest("Eén keer plaatsen", "outbox-7"), Credentials, default);

        Assert.Equal(Assert.IsType<PublishOutcome.Published>(first).PlatformPostId, Assert.IsType<PublishOutcome.Published>(second).PlatformPostId);
        Assert.Single(platform.Statuses);
        Assert.Equal(2, server.Received.Count);
    }

    [Fact]
    public async Task Publish_TokenRejected_FailsPermanentlyAskingToReconnect()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), new PlatformCredentials("verlopen") { InstanceBaseUrl = server.BaseUrl }, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("Koppel het account opnieuw", failed.Reason, StringComparison.Ordinal);
        Assert.EndsWith("Melding van Mastodon: \"The access token is invalid\"", failed.Reason, StringComparison.Ordinal);
        Assert.Equal("The access token is invalid", failed.PlatformMessage);
    }

    [Fact]
    public async Task Publish_TextTooLong_FailsPermanentlyWithPlatformValidationText()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest(new string('a', 501), "k"), Credentials, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        // Dutch, with what to do; the platform's own words follow as the detail the post page folds away.
        Assert.Equal("Mastodon weigert de tekst omdat die te lang is voor dit platform. Maak de tekst korter en probeer het opnieuw. Melding van Mastodon: \"Validation failed: Text character limit of 500 exceeded\"", failed.Reason);
        Assert.Equal("Validation failed: Text character limit of 500 exceeded", failed.PlatformMessage);
    }

    [Fact]
    public async Task Publish_RateLimited_RetriesAtTheIsoTimeInXRateLimitReset()
    {
        platform.ForcedStatus = 429;

        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials, default);

        var limited = Assert.IsType<PublishOutcome.RateLimited>(outcome);
        Assert.Equal(DateTimeOffset.Parse("2026-11-24T05:00:00Z", CultureInfo.InvariantCulture), limited.RetryAt);
        Assert.Contains("Too many requests", limited.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ServerError_IsUnknownNotFailed()
    {
        platform.ForcedStatus = 503;

        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials, default);

        Assert.IsType<PublishOutcome.Unknown>(outcome);
    }

    [Fact]
    public async Task Publish_AnswerSlowerThanTimeout_IsUnknownAndReconcileFindsTheStatus()
    {
        platform.StallAfterCreating = true;
        var connector = Connector(TimeSpan.FromSeconds(5), TimeProvider.System);
        const string text = "Lees de nieuwsbrief: https://www.kindcentrum.example/nieuws/2026/november-editie\nTot ziens!";

        var outcome = await connector.PublishAsync(new PublishRequest(text, "outbox-9"), Credentials, default);

        var unknown = Assert.IsType<PublishOutcome.Unknown>(outcome);
        Assert.Contains("onbekend of het bericht geplaatst is", unknown.Reason, StringComparison.Ordinal);
        var found = await connector.FindRecentAsync(new ReconcileRequest("account-1", PostFingerprint.Compute("account-1", text), Now, "outbox-9"), Credentials, default);
        Assert.Equal(platform.Statuses.Keys.Single(), Assert.IsType<ReconcileOutcome.Found>(found).PlatformPostId);
    }

    [Fact]
    public async Task Publish_ConnectionDroppedAfterTheRequest_IsUnknownNotFailed()
    {
        platform.AbortAfterCreating = true;

        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials, default);

        Assert.Contains("verbinding", Assert.IsType<PublishOutcome.Unknown>(outcome).Reason, StringComparison.Ordinal);
        Assert.Single(platform.Statuses);
    }

    [Fact]
    public async Task Publish_CallerCancels_ThrowsInsteadOfInventingAnOutcome()
    {
        platform.StallAfterCreating = true;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Connector(TimeSpan.FromSeconds(30), TimeProvider.System).PublishAsync(new PublishRequest("Hallo", "k"), Credentials, cancel.Token));
    }

    [Fact]
    public async Task Publish_NothingListening_FailsTransientlyBecauseNothingWasSent()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), new PlatformCredentials(MastodonServer.Token) { InstanceBaseUrl = ClosedPort.Url() }, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.False(failed.Permanent);
    }

    [Fact]
    public async Task Edit_PutsTheNewTextOnTheStatus()
    {
        var connector = Connector();
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Eerste versie", "k"), Credentials, default));

        var edited = await connector.EditAsync(new EditRequest(published.PlatformPostId, "Tweede versie"), Credentials, default);

        Assert.Equal(published.PlatformPostId, Assert.IsType<PublishOutcome.Published>(edited).PlatformPostId);
        var put = server.Received[^1];
        Assert.Equal(("PUT", $"/api/v1/statuses/{published.PlatformPostId}"), (put.Method, put.Path));
        Assert.Contains("Tweede versie", platform.Statuses[published.PlatformPostId].Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ExistingAndMissingStatus_BothEndDeleted()
    {
        var connector = Connector();
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Weg ermee", "k"), Credentials, default));

        var first = await connector.DeleteAsync(published.PlatformPostId, Credentials, default);
        var again = await connector.DeleteAsync(published.PlatformPostId, Credentials, default);

        Assert.Equal(new DeleteOutcome.Deleted(AlreadyGone: false), first);
        Assert.Equal(new DeleteOutcome.Deleted(AlreadyGone: true), again);
        Assert.Empty(platform.Statuses);
    }

    [Fact]
    public async Task FindRecent_OnlyOlderAndOtherStatuses_IsNotFoundAndLooksUpTheAccount()
    {
        platform.AddStatus("<p>Ouder bericht met dezelfde tekst</p>", Now.AddDays(-2));
        platform.AddStatus("<p>Iets anders</p>", Now.AddMinutes(1));
        var request = new ReconcileRequest("account-1", PostFingerprint.Compute("account-1", "Ouder bericht met dezelfde tekst"), Now, "k");

        var outcome = await Connector().FindRecentAsync(request, Credentials, default);

        Assert.IsType<ReconcileOutcome.NotFound>(outcome);
        Assert.Equal("/api/v1/accounts/verify_credentials", server.Received[0].Path);
        Assert.Equal($"/api/v1/accounts/{MastodonServer.AccountId}/statuses", server.Received[1].Path);
    }

    [Fact]
    public async Task FindRecent_MoreStatusesThanItMayRead_IsUndetermined()
    {
        for (var i = 0; i < 6; i++)
        {
            platform.AddStatus($"<p>Bericht {i}</p>", Now.AddMinutes(i + 1));
        }

        var options = new MastodonOptions { BaseUrl = server.BaseUrl, ReconcilePageSize = 2, ReconcileMaxPages = 2 };
        var connector = new MastodonConnector(http, options, time);
        var outcome = await connector.FindRecentAsync(new ReconcileRequest("a", PostFingerprint.Compute("a", "niet aanwezig"), Now, "k"), Credentials with { AccountId = MastodonServer.AccountId }, default);

        Assert.IsType<ReconcileOutcome.Undetermined>(outcome);
        Assert.Equal(2, server.Received.Count);
    }

    [Fact]
    public async Task Publish_WithImage_UploadsItWithAltTextThenAttachesItToTheStatus()
    {
        var image = new PublishMedia(MediaKind.Image, "sportdag.jpg", "image/jpeg") { Content = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3 }, AltText = "Kinderen bij de zaklopen-race" };

        var outcome = await Connector().PublishAsync(new PublishRequest("Sportdag!", "k", [image]), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var (mediaId, media) = Assert.Single(platform.Media);
        Assert.Equal(("sportdag.jpg", "image/jpeg", 7L, "Kinderen bij de zaklopen-race"), media);
        Assert.Equal([mediaId], platform.StatusMedia[published.PlatformPostId]);
        Assert.StartsWith("multipart/form-data", server.Received[0].Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_UploadStillProcessing_WaitsUntilProcessedBeforePosting()
    {
        platform.MediaProcessingPolls = 2;
        var connector = new MastodonConnector(http, new MastodonOptions { MediaPollInterval = TimeSpan.FromMilliseconds(10) }, TimeProvider.System);
        var video = new PublishMedia(MediaKind.Video, "clip.mp4", "video/mp4") { Content = new byte[] { 0, 0, 0, 0x18 } };

        var outcome = await connector.PublishAsync(new PublishRequest("Filmpje", "k", [video]), Credentials, default);

        Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal(2, server.Received.Count(r => r.Path.StartsWith("/api/v1/media/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Publish_DocumentAttachment_IsRefusedBeforeAnyUpload()
    {
        var document = new PublishMedia(MediaKind.Document, "brief.pdf", "application/pdf") { Content = new byte[] { 1 } };

        var outcome = await Connector().PublishAsync(new PublishRequest("Brief", "k", [document]), Credentials, default);

        Assert.Contains("document", Assert.IsType<PublishOutcome.Failed>(outcome).Reason, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task Edit_StatusWithImage_KeepsTheAttachment()
    {
        var connector = Connector();
        var image = new PublishMedia(MediaKind.Image, "a.png", "image/png") { Content = new byte[] { 0x89, 0x50 } };
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Met foto", "k", [image]), Credentials, default));

        await connector.EditAsync(new EditRequest(published.PlatformPostId, "Met foto, verbeterd"), Credentials, default);

        Assert.Equal([platform.Media.Keys.Single()], platform.StatusMedia[published.PlatformPostId]);
    }

    private MastodonConnector Connector(TimeSpan? timeout = null, TimeProvider? clock = null) =>
        new(http, new MastodonOptions { BaseUrl = new Uri("https://unused.example/"), Timeout = timeout ?? TimeSpan.FromSeconds(10) }, clock ?? time);
}
