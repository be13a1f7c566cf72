using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Facebook;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Tests.Media;

/// <summary>From the composer to a published Facebook post with one or several photos fetched from the app's signed addresses.</summary>
public sealed class FacebookMediaTests
{
    private const string Account = "kompas-facebook";
    private const string Author = "noor.peters";

    [Fact]
    public async Task Publish_OneImage_IsAPhotoPostFacebookFetchedFromTheSignedAddress()
    {
        var platform = new FacebookServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await StartAsync(server);
        using var author = await app.SignInAsync(Author);
        var postId = await ImagePosts.ComposeAsync(author, Account, "Onze toren staat in de hal, kom kijken!", 1);

        var delivery = await ImagePosts.PublishAsync(app, author, postId);

        Assert.Equal(DeliveryStatus.Published, delivery.Status);
        var photo = Assert.Single(platform.PostPhotos[delivery.PlatformPostId!]);
        Assert.Equal(ImagePosts.Image(1), photo.Bytes);
        Assert.Equal((ImagePosts.AltText(1), true), (photo.AltText, photo.Published));
        Assert.Equal("Onze toren staat in de hal, kom kijken!", platform.Posts[delivery.PlatformPostId!].Message);
        Assert.Contains("/media/", Assert.Single(platform.Fetcher.Fetched).Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_FourImages_IsOneFeedPostWithTheUnpublishedPhotosInOrder()
    {
        var platform = new FacebookServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await StartAsync(server);
        using var author = await app.SignInAsync(Author);
        var postId = await ImagePosts.ComposeAsync(author, Account, "Vier foto's van de torenbouwdag.", 4);

        var delivery = await ImagePosts.PublishAsync(app, author, postId);

        Assert.Equal(DeliveryStatus.Published, delivery.Status);
        var photos = platform.PostPhotos[delivery.PlatformPostId!];
        Assert.Equal([.. Enumerable.Range(1, 4).Select(ImagePosts.Image)], photos.Select(p => p.Bytes));
        Assert.Equal([.. Enumerable.Range(1, 4).Select(ImagePosts.AltText)], photos.Select(p => p.AltText));
        Assert.All(photos, p => Assert.False(p.Published));
        Assert.Equal("Vier foto's van de torenbouwdag.", platform.Posts[delivery.PlatformPostId!].Message);
        Assert.Single(platform.Posts); // one post, not a post per photo
    }

    private static async Task<ProtocolwachtApp> StartAsync(LocalPlatformServer server)
    {
        var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.PublicMedia = true;
            o.Settings["Connectors:Facebook:BaseUrl"] = server.BaseUrl.AbsoluteUri;
        });
        await app.AcknowledgeProtocolAsync(Author);
        await app.Service<AccountCredentials>().ReplaceAsync(Account, new PlatformCredentials(FacebookServer.PageToken) { AccountId = FacebookServer.PageId }, CancellationToken.None);
        return app;
    }
}
