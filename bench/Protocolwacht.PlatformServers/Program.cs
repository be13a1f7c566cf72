using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Bluesky;
using Protocolwacht.TestSupport.Platforms.Facebook;
using Protocolwacht.TestSupport.Platforms.Instagram;
using Protocolwacht.TestSupport.Platforms.LinkedIn;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.TestSupport.Platforms.X;

// The local platform servers of the tests (Mastodon, Bluesky, X, LinkedIn, Facebook, Instagram), each on a free loopback
// port, for the soak (issue #16): the app publishes to them as to the real platforms, and GET /soak/record on each
// answers what the platform itself holds (the texts as stored there, and how many posts show an image), so the soak can
// compare every confirmed post with the platform's own record at the end. Prints one JSON line with the base URLs and
// the credentials an administrator would paste, then serves until SIGTERM or SIGINT.
var mastodon = new MastodonServer();
var bluesky = new BlueskyServer();
var x = new XServer();
var linkedIn = new LinkedInServer();
var facebook = new FacebookServer();
var instagram = new InstagramServer();
await using var mastodonServer = await LocalPlatformServer.StartAsync(app =>
{
    mastodon.Map(app);
    app.MapGet("/soak/record", () => Results.Json(new
    {
        texts = mastodon.Texts.Values.ToList(),
        publishRequests = mastodon.PublishRequests.Count,
        idempotencyKeys = mastodon.StatusIdByKey.Count,
    }));
});
await using var blueskyServer = await LocalPlatformServer.StartAsync(app =>
{
    bluesky.Map(app);
    app.MapGet("/soak/record", () => Results.Json(new { texts = bluesky.Records.Values.Select(r => r.Text).ToList() }));
});
await using var xServer = await LocalPlatformServer.StartAsync(app =>
{
    x.Map(app);
    app.MapGet("/soak/record", () => Results.Json(new
    {
        texts = x.Posts.Values.Select(p => p.Text).ToList(),
        withImage = x.PostMedia.Count(p => p.Value.Length > 0),
    }));
});
await using var linkedInServer = await LocalPlatformServer.StartAsync(app =>
{
    linkedIn.Map(app);
    // The commentary as LinkedIn stores it: "little text", reserved characters escaped with a backslash.
    app.MapGet("/soak/record", () => Results.Json(new
    {
        texts = linkedIn.Posts.Values.Select(p => p.Commentary).ToList(),
        withImage = linkedIn.PostImageList.Count,
    }));
});
await using var facebookServer = await LocalPlatformServer.StartAsync(app =>
{
    facebook.Map(app);
    app.MapGet("/soak/record", () => Results.Json(new
    {
        texts = facebook.Posts.Values.Select(p => p.Message).ToList(),
        withImage = facebook.PostPhotos.Count(p => p.Value.All(photo => photo.Bytes.Length > 0)),
    }));
});
await using var instagramServer = await LocalPlatformServer.StartAsync(app =>
{
    instagram.Map(app);
    app.MapGet("/soak/record", () => Results.Json(new
    {
        texts = instagram.Media.Values.Select(m => m.Caption).ToList(),
        withImage = instagram.MediaItems.Count(m => m.Value.Count > 0 && m.Value.All(item => item.Bytes.Length > 0)),
    }));
});

Console.WriteLine(JsonSerializer.Serialize(new
{
    mastodon = new { baseUrl = mastodonServer.BaseUrl, token = MastodonServer.Token, accountId = MastodonServer.AccountId },
    bluesky = new { baseUrl = blueskyServer.BaseUrl, handle = BlueskyServer.Handle, appPassword = BlueskyServer.AppPassword },
    x = new { baseUrl = xServer.BaseUrl, token = "x-access-1", refreshToken = "x-refresh-1", accountId = XServer.UserId, clientId = XServer.ClientId },
    linkedin = new { baseUrl = linkedInServer.BaseUrl, token = LinkedInServer.Token, accountId = LinkedInServer.Organisation },
    facebook = new { baseUrl = facebookServer.BaseUrl, token = FacebookServer.PageToken, accountId = FacebookServer.PageId },
    instagram = new { baseUrl = instagramServer.BaseUrl, token = InstagramServer.Token, accountId = InstagramServer.IgUserId },
}));
Console.Out.Flush();

var stop = new TaskCompletionSource();
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
await stop.Task;
