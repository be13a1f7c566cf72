using System.Net;
using Microsoft.Extensions.Options;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Instagram;
using Protocolwacht.Web.Features.Media;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Tests.Media;

/// <summary>
/// From the composer to a published Instagram post: the local Instagram server fetches every image from the app's
/// signed public address, as Instagram does, and the address is dead once the delivery is done.
/// </summary>
public sealed class InstagramMediaTests
{
    private const string Account = "kompas-instagram";
    private const string Author = "jeroen.vos";

    [Fact]
    public async Task Publish_OneImage_InstagramFetchesItsBytesFromTheSignedAddressWithAltText()
    {
        var platform = new InstagramServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await StartAsync(server);
        using var author = await app.SignInAsync(Author);
        var postId = await ImagePosts.ComposeAsync(author, Account, "Vandaag bouwden we de hoogste toren van de school.", 1);

        var delivery = await ImagePosts.PublishAsync(app, author, postId);

        Assert.Equal(DeliveryStatus.Published, delivery.Status);
        var image = Assert.Single(platform.MediaItems[delivery.PlatformPostId!]);
        Assert.Equal(ImagePosts.Image(1), image.Bytes);
        Assert.Equal(ImagePosts.AltText(1), image.AltText);
        var fetched = Assert.Single(platform.Fetcher.Fetched);
        Assert.StartsWith(new Uri(app.Service<IOptions<MediaOptions>>().Value.PublicBaseUrl!, "media/").AbsoluteUri, fetched.Url, StringComparison.Ordinal);
        Assert.Equal("image/png", fetched.ContentType);
        using var anyone = new HttpClient();
        Assert.Equal(HttpStatusCode.Gone, (await anyone.GetAsync(new Uri(fetched.Url))).StatusCode); // the delivery is done
    }

    [Fact]
    public async Task Publish_ThreeImages_IsOneCarouselWithTheImagesInThePostsOrder()
    {
        var platform = new InstagramServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await StartAsync(server);
        using var author = await app.SignInAsync(Author);
        var postId = await ImagePosts.ComposeAsync(author, Account, "Drie foto's van onze torenbouwdag.", 3);

        var delivery = await ImagePosts.PublishAsync(app, author, postId);

        Assert.Equal(DeliveryStatus.Published, delivery.Status);
        var items = platform.MediaItems[delivery.PlatformPostId!];
        Assert.Equal([ImagePosts.Image(1), ImagePosts.Image(2), ImagePosts.Image(3)], items.Select(i => i.Bytes));
        Assert.Equal([ImagePosts.AltText(1), ImagePosts.AltText(2), ImagePosts.AltText(3)], items.Select(i => i.AltText));
        Assert.All(items, i => Assert.True(i.IsCarouselItem));
        Assert.Equal("Drie foto's van onze torenbouwdag.", platform.Media[delivery.PlatformPostId!].Caption);
        Assert.Equal(3, platform.Fetcher.Fetched.Select(f => f.Url).Distinct().Count());
    }

    [Fact]
    public async Task Publish_WithoutPublicBaseUrl_FailsNamingTheSettingAndInstagramHearsNothing()
    {
        var platform = new InstagramServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Connectors:Instagram:BaseUrl"] = server.BaseUrl.AbsoluteUri);
        await ConnectAsync(app);
        using var author = await app.SignInAsync(Author);
        var postId = await ImagePosts.ComposeAsync(author, Account, "Een toren zonder openbaar adres.", 1);

        var delivery = await ImagePosts.PublishAsync(app, author, postId);

        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Contains("Publishing:PublicBaseUrl", delivery.LastError, StringComparison.Ordinal);
        Assert.StartsWith("Instagram haalt afbeeldingen zelf op via een openbaar adres", delivery.LastError, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    private static async Task<ProtocolwachtApp> StartAsync(LocalPlatformServer server)
    {
        var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.PublicMedia = true;
            o.Settings["Connectors:Instagram:BaseUrl"] = server.BaseUrl.AbsoluteUri;
        });
        await ConnectAsync(app);
        return app;
    }

    private static async Task ConnectAsync(ProtocolwachtApp app)
    {
        await app.AcknowledgeProtocolAsync(Author);
        await app.Service<AccountCredentials>().ReplaceAsync(Account, new PlatformCredentials(InstagramServer.Token) { AccountId = InstagramServer.IgUserId }, CancellationToken.None);
    }
}
