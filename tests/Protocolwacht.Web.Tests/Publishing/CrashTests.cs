using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Tests.Support;
using Xunit.Abstractions;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// Exactly once under crashes: the publisher runs as a separate process and is killed with SIGKILL at
/// random moments while it publishes 200 posts to a local Mastodon-like server; after restarts every
/// post exists on the server exactly once.
/// </summary>
[Collection(TimingCollection.Name)]
public class CrashTests(ITestOutputHelper output)
{
    private const int Count = 200;

    // Each kill restarts the whole web app as a child process (its start was most of this test's 185 s in a loaded
    // run); six random kills still cut every phase of publishing, and at least three are asserted.
    private const int MaxKills = 6;

    [Fact]
    public async Task PublisherKilledAtRandomMoments_EveryPostPublishedExactlyOnce()
    {
        var platform = new MastodonServer { MaxAnswerDelay = TimeSpan.FromMilliseconds(40), Time = TimeProvider.System };
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        // The real clock: the publisher runs in other processes, which cannot share a fake one.
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.SystemClock = true;
            o.Settings["Publishing:Enabled"] = "false";
        });
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        var now = app.Time.GetUtcNow();
        var texts = await PublishingSeed.QueueAsync(app.Services, app.Time, Count, _ => now, "Crash");
        var settings = new Dictionary<string, string>
        {
            ["Publishing:PollInterval"] = "00:00:00.100",
            ["Publishing:LeaseDuration"] = "00:00:02",
            ["Publishing:CallTimeout"] = "00:00:01",
            ["Publishing:ReconcileDelay"] = "00:00:00.100",
            ["Publishing:Parallelism"] = "2",
            ["Publishing:BatchSize"] = "4",
            // The same key ring as the test's app, so the child can read the account's encrypted token.
            ["Database:DataDirectory"] = app.DataDirectory,
        };
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"random seed {seed}");

        var kills = 0;
        while (kills < MaxKills && await PublishedAsync(app) < Count)
        {
            using var child = PublisherProcess.Start(app.SqliteConnectionString, settings);
            var before = platform.PublishRequests.Count;
            await Eventually.TrueAsync(() => platform.PublishRequests.Count > before || child.HasExited, TimeSpan.FromSeconds(30));
            await Task.Delay(random.Next(0, 1000)); // the crash itself: a kill at a random moment of publishing
            child.KillHard();
            kills++;
            output.WriteLine($"kill {kills}: {platform.PublishRequests.Count} requests, {platform.Statuses.Count} statuses, {await PublishedAsync(app)} recorded as published");
        }

        using (PublisherProcess.Start(app.SqliteConnectionString, settings))
        {
            await app.WaitUntilAsync(async db => await db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Published) == Count, TimeSpan.FromMinutes(3), "every delivery published");
        }

        Assert.True(kills >= 3, $"only {kills} kills happened");
        Assert.Equal(Count, platform.Statuses.Count);
        Assert.Equal(texts.Order(StringComparer.Ordinal), platform.Texts.Values.Order(StringComparer.Ordinal));
        var deliveries = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());
        Assert.All(deliveries, d => Assert.Equal(platform.StatusIdByKey[d.IdempotencyKey], d.PlatformPostId));
        output.WriteLine($"{kills} kills, {platform.PublishRequests.Count} publish requests for {Count} posts, {deliveries.Count(d => d.Attempts > 1)} deliveries needed more than one attempt");
    }

    private static Task<int> PublishedAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Published));
}
