using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Media;

namespace Protocolwacht.Web.Tests.Media;

/// <summary>
/// GET /media/{token} without signing in: the bytes only while the signature holds, the address has not expired and its
/// delivery is being delivered; 404 for anything not signed by the app, 410 once it no longer holds.
/// </summary>
public sealed class PublicMediaAddressTests
{
    private const string Account = "kompas-instagram";
    private const string Author = "jeroen.vos";

    [Fact]
    public async Task SignedAddress_WhileBeingDelivered_ServesTheBytesUncachedWithoutSignIn_AndExpires()
    {
        await using var app = await StartAsync();
        var (delivery, attachment) = await SeedAttemptingAsync(app);
        var url = app.Service<MediaLinks>().Create(delivery, attachment);
        using var anyone = app.Anonymous();

        using var served = await anyone.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(ImagePosts.Image(7), await served.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.True(served.Headers.CacheControl?.NoStore);
        Assert.Null(served.Content.Headers.ContentDisposition); // no file name: it could name a pupil

        app.Clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(HttpStatusCode.Gone, (await anyone.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignedAddress_AfterTheDeliveryIsDone_IsGone()
    {
        await using var app = await StartAsync();
        var (delivery, attachment) = await SeedAttemptingAsync(app);
        var url = new Uri(app.Service<MediaLinks>().Create(delivery, attachment).PathAndQuery, UriKind.Relative);
        using var anyone = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync(url)).StatusCode);

        await WithDeliveryAsync(app, delivery, d => d.MarkPublished("18000000000000042", null, app.Clock.GetUtcNow()));

        Assert.Equal(HttpStatusCode.Gone, (await anyone.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task TamperedUnsignedOrForeignAddresses_AreRefusedWithoutSayingWhatTheyName()
    {
        await using var app = await StartAsync();
        var (delivery, attachment) = await SeedAttemptingAsync(app);
        var links = app.Service<MediaLinks>();
        var genuine = links.Create(delivery, attachment).Segments[^1];
        using var anyone = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync(new Uri($"/media/{genuine}", UriKind.Relative))).StatusCode);
        var tampered = genuine[..20] + (genuine[20] == 'A' ? 'B' : 'A') + genuine[21..];

        using var changed = await anyone.GetAsync(new Uri($"/media/{tampered}", UriKind.Relative));
        using var unsigned = await anyone.GetAsync(new Uri($"/media/{attachment:N}", UriKind.Relative));
        using var otherAttachment = await anyone.GetAsync(new Uri(links.Create(delivery, Guid.NewGuid()).PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, otherAttachment.StatusCode); // signed, but not an attachment of that delivery's post
        foreach (var refused in new[] { changed, unsigned, otherAttachment })
        {
            // ".png" and "image/", not "png": the refusal page's antiforgery token is random base64url (no dots or
            // slashes), and once spelled "…yupngl…" (a fresh-clone run failed on it).
            var body = (await refused.Content.ReadAsStringAsync()).ToLowerInvariant();
            Assert.DoesNotContain(".png", body, StringComparison.Ordinal);
            Assert.DoesNotContain("image/png", body, StringComparison.Ordinal);
            Assert.NotEqual("image/png", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    private static Task<ProtocolwachtApp> StartAsync() => ProtocolwachtApp.StartAsync(o =>
    {
        o.Settings["Publishing:PublicBaseUrl"] = "https://protocolwacht.konot.example/";
        o.Settings["Publishing:Enabled"] = "false"; // the delivery stays "being delivered" while the test looks
    });

    /// <summary>A confirmed post with one image whose delivery has an attempt under way, as the publisher leaves it before calling the platform.</summary>
    private static async Task<(Guid Delivery, Guid Attachment)> SeedAttemptingAsync(ProtocolwachtApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var now = app.Clock.GetUtcNow();
        var blob = new StoredAttachment { Id = Guid.NewGuid(), FileName = "milan-jacobs.png", ContentType = "image/png", Content = ImagePosts.Image(7), UploadedBy = Author, UploadedAt = now };
        var image = new PostAttachment(blob.Id, AttachmentKind.Image, blob.FileName, ImagePosts.AltText(7), AttachmentSource.Own, null, [], 0, false);
        const string Text = "Een toren van zeven verdiepingen.";
        var post = Post.CreateDraft(Guid.NewGuid(), Author, new PostContent(Text, [Account], [image]), null, app.Clock);
        post.RecordCheck(Author, Verdict.Allow, app.Clock);
        post.ConfirmPublication(Author, Verdict.Allow, TimeSpan.Zero, app.Clock);
        var delivery = Delivery.Create(Guid.NewGuid(), post, Account, "instagram", now, PostFingerprint.Compute(Account, Text));
        delivery.RecordAttempt(now);
        db.StoredAttachments.Add(blob);
        db.Posts.Add(post);
        db.Deliveries.Add(delivery);
        await db.SaveChangesAsync();
        return (delivery.Id, blob.Id);
    }

    private static async Task WithDeliveryAsync(ProtocolwachtApp app, Guid id, Action<Delivery> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        change(await db.Deliveries.FindAsync(id) ?? throw new InvalidOperationException("no delivery"));
        await db.SaveChangesAsync();
    }
}
