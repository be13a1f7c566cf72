using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Bluesky;
using Protocolwacht.TestSupport.Platforms.Mastodon;

// The local Mastodon and Bluesky servers of the tests, each on a free loopback port, for the soak (issue #16): the app
// publishes to them as to the real platforms, and GET /soak/record on each answers what the platform itself holds, so
// the soak can compare every confirmed post with the platform's own record at the end. Prints one JSON line with the
// base URLs, then serves until SIGTERM or SIGINT.
var mastodon = new MastodonServer();
var bluesky = new BlueskyServer();
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

Console.WriteLine(JsonSerializer.Serialize(new
{
    mastodon = new { baseUrl = mastodonServer.BaseUrl, token = MastodonServer.Token, accountId = MastodonServer.AccountId },
    bluesky = new { baseUrl = blueskyServer.BaseUrl, handle = BlueskyServer.Handle, appPassword = BlueskyServer.AppPassword },
}));
Console.Out.Flush();

var stop = new TaskCompletionSource();
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
await stop.Task;
