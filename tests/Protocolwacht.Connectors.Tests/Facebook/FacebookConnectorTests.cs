using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Facebook;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Facebook;

namespace Protocolwacht.Connectors.Tests.Facebook;

public sealed class FacebookConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new(FacebookServer.PageToken) { AccountId = FacebookServer.PageId };
    private readonly FacebookServer platform = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly HttpClient http = new();
    private LocalPlatformServer server = null!;
    private ImageHost images = null!;

    public async Task InitializeAsync()
    {
        server = await LocalPlatformServer.StartAsync(platform.Map);
        images = await ImageHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
        await images.Server.DisposeAsync();
    }

    private static byte[] Jpeg(int n) => [0xFF, 0xD8, 0xFF, 0xE0, (byte)n];

    private PublishMedia Photo(int n) => new(MediaKind.Image, $"{n}.jpg", "image/jpeg") { PublicUrl = images.Add($"{n}.jpg", Jpeg(n)), AltText = $"Foto {n} van de kerstviering" };

    [Fact]
    public async Task Publish_Accepted_PostsMessageAndAccessTokenToThePageFeed()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Kerstviering op 18 december", "k"), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.StartsWith($"{FacebookServer.PageId}_", published.PlatformPostId, StringComparison.Ordinal);
        Assert.Equal($"https://www.facebook.com/{published.PlatformPostId}", published.Url?.ToString());
        var request = Assert.Single(server.Received);
        Assert.Equal(("POST", $"/v24.0/{FacebookServer.PageId}/feed"), (request.Method, request.Path));
        Assert.Contains("message=Kerstviering+op+18+december", request.Body, StringComparison.Ordinal);
        Assert.Contains($"access_token={FacebookServer.PageToken}", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(FacebookServer.PageToken, request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithImage_UsesThePhotosEdgeAndReturnsTheFeedPostId()
    {
        var photo = Photo(1);

        var outcome = await Connector().PublishAsync(new PublishRequest("Kerstviering", "k", [photo]), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal(photo.PublicUrl!.AbsoluteUri, platform.PhotoUrls[published.PlatformPostId]);
        var shown = Assert.Single(platform.PostPhotos[published.PlatformPostId]);
        Assert.Equal(Jpeg(1), shown.Bytes);
        Assert.Equal(("Foto 1 van de kerstviering", true), (shown.AltText, shown.Published));
        Assert.Contains("alt_text_custom=Foto+1+van+de+kerstviering", server.Received.Single().Body, StringComparison.Ordinal);
        Assert.Equal("Kerstviering", platform.Posts[published.PlatformPostId].Message);
        Assert.Equal($"/v24.0/{FacebookServer.PageId}/photos", server.Received.Single().Path);
        Assert.Contains("caption=Kerstviering", server.Received.Single().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ThreeImages_UnpublishedPhotosThenOneFeedPostAttachingThemInOrder()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Kerstviering in beeld", "k", [Photo(1), Photo(2), Photo(3)]), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var photos = platform.PostPhotos[published.PlatformPostId];
        Assert.Equal([Jpeg(1), Jpeg(2), Jpeg(3)], photos.Select(p => p.Bytes));
        Assert.Equal(["Foto 1 van de kerstviering", "Foto 2 van de kerstviering", "Foto 3 van de kerstviering"], photos.Select(p => p.AltText));
        Assert.All(photos, p => Assert.False(p.Published));
        var paths = server.Received.Select(r => r.Path).ToList();
        Assert.Equal([.. Enumerable.Repeat($"/v24.0/{FacebookServer.PageId}/photos", 3), $"/v24.0/{FacebookServer.PageId}/feed"], paths);
        Assert.All(server.Received.Take(3), r => Assert.Contains("published=false", r.Body, StringComparison.Ordinal));
        var feed = System.Web.HttpUtility.ParseQueryString(server.Received[3].Body);
        Assert.Equal("Kerstviering in beeld", feed["message"]);
        Assert.Equal(photos.Select(p => $$"""{"media_fbid":"{{p.Id}}"}"""), Enumerable.Range(0, 3).Select(i => feed[$"attached_media[{i}]"] ?? ""));
    }

    [Fact]
    public async Task Publish_SecondPhotoCannotBeFetched_FailsBeforeAnyFeedPost()
    {
        var missing = Photo(2) with { PublicUrl = images.Url("weg.jpg") };

        var outcome = await Connector().PublishAsync(new PublishRequest("Kerstviering in beeld", "k", [Photo(1), missing, Photo(3)]), Credentials, default);

        Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.Empty(platform.Posts);
        Assert.DoesNotContain(server.Received, r => r.Path.EndsWith("/feed", StringComparison.Ordinal));

        // Photo 1 had been uploaded (unpublished); with no post to show it, it is deleted from Facebook again.
        var first = server.Received.First(r => r.Path.EndsWith("/photos", StringComparison.Ordinal));
        Assert.Contains("published=false", first.Body, StringComparison.Ordinal);
        Assert.Single(server.Received, r => r.Method == "DELETE");
        Assert.Empty(platform.Photos);
    }

    [Fact]
    public async Task Publish_ThreeImages_FeedPostRefused_DeletesTheUploadedPhotosAgain()
    {
        Assert.IsType<PublishOutcome.Published>(await Connector().PublishAsync(new PublishRequest("Kerstviering in beeld", "k"), Credentials, default));

        // The same message again: Facebook refuses the feed post as a duplicate (error 506), after the three uploads.
        var outcome = await Connector().PublishAsync(new PublishRequest("Kerstviering in beeld", "k2", [Photo(1), Photo(2), Photo(3)]), Credentials, default);

        Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.Equal(3, server.Received.Count(r => r.Path.EndsWith("/photos", StringComparison.Ordinal)));
        Assert.Equal(3, server.Received.Count(r => r.Method == "DELETE"));
        Assert.Empty(platform.Photos);
    }

    [Fact]
    public async Task Publish_ThreeImages_NoAnswerToTheFeedPost_KeepsThePhotosThePostMayShow()
    {
        platform.StallAfterCreating = true;

        var connector = new FacebookConnector(http, new FacebookOptions { BaseUrl = server.BaseUrl, Timeout = TimeSpan.FromSeconds(2) }, time);
        var outcome = await connector.PublishAsync(new PublishRequest("Kerstviering in beeld", "k", [Photo(1), Photo(2), Photo(3)]), Credentials, default);

        Assert.IsType<PublishOutcome.Unknown>(outcome);
        Assert.Equal(3, Assert.Single(platform.PostPhotos).Value.Count); // the post exists and shows them
        Assert.DoesNotContain(server.Received, r => r.Method == "DELETE");
        Assert.Equal(3, platform.Photos.Count);
    }

    [Fact]
    public async Task Publish_ImageWithoutPublicUrl_FailsPermanentlyBeforeCallingFacebook()
    {
        var photo = new PublishMedia(MediaKind.Image, "kerst.jpg", "image/jpeg") { Content = new byte[] { 1 } };

        var outcome = await Connector().PublishAsync(new PublishRequest("Kerstviering", "k", [photo]), Credentials, default);

        Assert.Contains("openbaar adres", Assert.IsType<PublishOutcome.Failed>(outcome).Reason, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task Publish_ExpiredToken_Code190_FailsPermanentlyAskingToReconnect()
    {
        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials with { AccessToken = "verlopen" }, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("Koppel het account opnieuw", failed.Reason, StringComparison.Ordinal);
        Assert.StartsWith("Error validating access token", failed.PlatformMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_PageThrottled_RetriesAfterEstimatedTimeToRegainAccess()
    {
        platform.Throttled = true;

        var outcome = await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials, default);

        var limited = Assert.IsType<PublishOutcome.RateLimited>(outcome);
        Assert.Equal(Now.AddMinutes(17), limited.RetryAt);
        Assert.Contains("Page request limit reached", limited.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_TransientGraphError_IsUnknownNotFailed()
    {
        platform.Transient = true;

        Assert.IsType<PublishOutcome.Unknown>(await Connector().PublishAsync(new PublishRequest("Hallo", "k"), Credentials, default));
    }

    [Fact]
    public async Task Publish_DuplicateMessage_FailsPermanently()
    {
        var connector = Connector();
        await connector.PublishAsync(new PublishRequest("Zelfde", "k1"), Credentials, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(new PublishRequest("Zelfde", "k2"), Credentials, default));

        Assert.True(failed.Permanent);
        Assert.Equal("Duplicate status message", failed.PlatformMessage);
    }

    [Fact]
    public async Task Publish_AnswerSlowerThanTimeout_IsUnknownAndReconcileFindsThePost()
    {
        platform.StallAfterCreating = true;
        platform.Now = TimeProvider.System.GetUtcNow();
        var connector = new FacebookConnector(http, new FacebookOptions { BaseUrl = server.BaseUrl, Timeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);

        var outcome = await connector.PublishAsync(new PublishRequest("Luizencontrole na de vakantie", "k"), Credentials, default);

        Assert.IsType<PublishOutcome.Unknown>(outcome);
        var found = Assert.IsType<ReconcileOutcome.Found>(await connector.FindRecentAsync(
            new ReconcileRequest("acc", PostFingerprint.Compute("acc", "Luizencontrole na de vakantie"), platform.Now, "k"), Credentials, default));
        Assert.Equal(platform.Posts.Keys.Single(), found.PlatformPostId);
        Assert.Contains("/posts/", found.Url?.ToString(), StringComparison.Ordinal);
        Assert.Equal($"Bearer {FacebookServer.PageToken}", server.Received[^1].Header("Authorization"));
    }

    [Fact]
    public async Task FindRecent_PagesWithCursorsWithinTheWindow_NotFound()
    {
        platform.AddPost($"{FacebookServer.PageId}_1", "Oud", Now.AddDays(-1));
        platform.AddPost($"{FacebookServer.PageId}_2", "Een", Now.AddMinutes(1));
        platform.AddPost($"{FacebookServer.PageId}_3", "Twee", Now.AddMinutes(2));
        var connector = new FacebookConnector(http, new FacebookOptions { BaseUrl = server.BaseUrl, ReconcilePageSize = 1 }, time);

        var outcome = await connector.FindRecentAsync(new ReconcileRequest("acc", PostFingerprint.Compute("acc", "Oud"), Now, "k"), Credentials, default);

        Assert.IsType<ReconcileOutcome.NotFound>(outcome);
        Assert.Equal(2, server.Received.Count);
        Assert.Contains($"since={Now.AddMinutes(-10).ToUnixTimeSeconds()}", server.Received[0].Query, StringComparison.Ordinal);
        Assert.Contains("after=1", server.Received[1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_PostsTheNewMessageToThePost()
    {
        var connector = Connector();
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Eerst", "k"), Credentials, default));

        Assert.IsType<PublishOutcome.Published>(await connector.EditAsync(new EditRequest(published.PlatformPostId, "Daarna"), Credentials, default));

        Assert.Equal("Daarna", platform.Posts[published.PlatformPostId].Message);
        Assert.Equal($"/v24.0/{published.PlatformPostId}", server.Received[^1].Path);
    }

    [Fact]
    public async Task Delete_ExistingThenMissing_BothEndDeleted()
    {
        var connector = Connector();
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(new PublishRequest("Weg", "k"), Credentials, default));

        Assert.Equal(new DeleteOutcome.Deleted(false), await connector.DeleteAsync(published.PlatformPostId, Credentials, default));
        Assert.Equal(new DeleteOutcome.Deleted(true), await connector.DeleteAsync(published.PlatformPostId, Credentials, default));
    }

    private FacebookConnector Connector() => new(http, new FacebookOptions { BaseUrl = server.BaseUrl }, time);
}
