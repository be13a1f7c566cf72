using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
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

    [Fact]
    public async Task PublisherKilledAtRandomMoments_EveryPostPublishedExactlyOnce()
    {
        await using var platform = await MastodonLikeServer.StartAsync(maxDelay: TimeSpan.FromMilliseconds(40));
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite, new Dictionary<string, string> { ["Publishing:Enabled"] = "false" });
        await PublishingSeed.ConnectAccountAsync(app.Services, platform.BaseUrl);
        var now = TimeProvider.System.GetUtcNow();
        var texts = await PublishingSeed.QueueAsync(app.Services, Count, _ => now, "Crash");
        var settings = new Dictionary<string, string>
        {
            ["Publishing:PollInterval"] = "00:00:00.100",
            ["Publishing:LeaseDuration"] = "00:00:02",
            ["Publishing:CallTimeout"] = "00:00:01",
            ["Publishing:ReconcileDelay"] = "00:00:00.100",
            ["Publishing:Parallelism"] = "2",
            ["Publishing:BatchSize"] = "4",
        };
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"random seed {seed}");

        var kills = 0;
        while (kills < 12 && await PublishedAsync(app) < Count)
        {
            using var child = PublisherProcess.Start(app.SqliteConnectionString, settings);
            var before = platform.Posts.Count;
            await WaitForAsync(() => platform.Posts.Count > before || child.HasExited, TimeSpan.FromSeconds(30));
            await Task.Delay(random.Next(0, 1000));
            child.KillHard();
            kills++;
            output.WriteLine($"kill {kills}: {platform.Posts.Count} requests, {platform.Statuses.Count} statuses, {await PublishedAsync(app)} recorded as published");
        }

        using (PublisherProcess.Start(app.SqliteConnectionString, settings))
        {
            await app.WaitUntilAsync(async db => await db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Published) == Count, TimeSpan.FromSeconds(90), "every delivery published");
        }

        Assert.True(kills >= 3, $"only {kills} kills happened");
        Assert.Equal(Count, platform.Statuses.Count);
        Assert.Equal(texts.Order(StringComparer.Ordinal), platform.Statuses.Select(s => s.Text).Order(StringComparer.Ordinal));
        var deliveries = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());
        var statusByKey = platform.Statuses.ToDictionary(s => s.Key);
        Assert.All(deliveries, d => Assert.Equal(statusByKey[d.IdempotencyKey].Id, d.PlatformPostId));
        output.WriteLine($"{kills} kills, {platform.Posts.Count} publish requests for {Count} posts, {deliveries.Count(d => d.Attempts > 1)} deliveries needed more than one attempt");
    }

    private static Task<int> PublishedAsync(WorkflowApp app) =>
        app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Published));

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (!condition() && TimeProvider.System.GetUtcNow() < until)
        {
            await Task.Delay(20);
        }
    }
}
