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
/// Exactly once under crashes: the publisher runs as a separate process (the whole web app) and is killed with SIGKILL
/// while it publishes 200 posts to a local Mastodon-like server, at three points in turn, each in a process of its own;
/// after a last restart every post exists on the server exactly once, under the status the platform made for it:
/// <list type="number">
/// <item>the platform has created a status and holds its answer: the publisher never learns that the status exists
/// (what reconciliation is for);</item>
/// <item>the platform's answer has just been sent: the publisher has it, or nearly, and has not yet recorded it;</item>
/// <item>a random moment up to a second after the process's first publish request: whatever it was doing (leases,
/// batches, calls in flight, writes).</item>
/// </list>
/// Until stop 43 six kills at random moments were to cut these phases by chance, and each restart is a whole app's
/// start (most of this test's time): the two points the platform can name are now hit on purpose, so four processes
/// do what seven did.
/// </summary>
[Collection(TimingCollection.Name)]
public class CrashTests(ITestOutputHelper output)
{
    private const int Count = 200;

    private static readonly TimeSpan KillDeadline = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task PublisherKilledWhileTheAnswerIsHeld_RightAfterIt_AndAtRandom_EveryPostPublishedExactlyOnce()
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

        // 1. The status exists on the platform, its answer is held, and the publisher dies: nothing records it.
        var held = await KillWhenAsync(app, settings, kill => platform.BeforeAnswering = kill);
        platform.BeforeAnswering = null;
        await ReportAsync(app, platform, "while the platform held the answer");
        Assert.True(platform.StatusIdByKey.ContainsKey(held), "the platform made no status for the held request");
        Assert.NotEqual(DeliveryStatus.Published, await StatusAsync(app, held));

        // 2. The answer has left; the kill lands while the publisher takes it in.
        await KillWhenAsync(app, settings, kill => platform.AfterAnswering = kill);
        platform.AfterAnswering = null;
        await ReportAsync(app, platform, "right after an answer");

        // 3. A random moment of publishing.
        var seed = Environment.TickCount;
        output.WriteLine($"random seed {seed}");
        using (var child = PublisherProcess.Start(app.SqliteConnectionString, settings))
        {
            var before = platform.PublishRequests.Count;
            await Eventually.TrueAsync(() => platform.PublishRequests.Count > before || child.HasExited, TimeSpan.FromSeconds(30));
            Assert.False(child.HasExited, "the publisher stopped by itself before its first publish request");
            await Task.Delay(new Random(seed).Next(0, 1000));
            child.KillHard();
        }

        await ReportAsync(app, platform, "at a random moment");
        Assert.True(await PublishedAsync(app) < Count, "every post was published before the last kill, so it cut nothing");

        using (PublisherProcess.Start(app.SqliteConnectionString, settings))
        {
            await app.WaitUntilAsync(async db => await db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Published) == Count, TimeSpan.FromMinutes(3), "every delivery published");
        }

        Assert.Equal(Count, platform.Statuses.Count);
        Assert.Equal(texts.Order(StringComparer.Ordinal), platform.Texts.Values.Order(StringComparer.Ordinal));
        var deliveries = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());
        Assert.All(deliveries, d => Assert.Equal(platform.StatusIdByKey[d.IdempotencyKey], d.PlatformPostId));
        Assert.Equal(platform.StatusIdByKey[held], deliveries.Single(d => d.IdempotencyKey == held).PlatformPostId);
        output.WriteLine($"{platform.PublishRequests.Count} publish requests for {Count} posts, {deliveries.Count(d => d.Attempts > 1)} deliveries needed more than one attempt");
    }

    /// <summary>
    /// Starts a publisher and kills it the first time the platform calls the hook that <paramref name="arm"/> sets, inside
    /// that call (so at that exact point); the request's idempotency key.
    /// </summary>
    private static async Task<string> KillWhenAsync(ProtocolwachtApp app, Dictionary<string, string> settings, Action<Action<string>> arm)
    {
        using var child = PublisherProcess.Start(app.SqliteConnectionString, settings);
        var killed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fired = 0;
        arm(key =>
        {
            // Two calls run at once (Parallelism 2): the first to get here kills, the other answers a dead process.
            if (Interlocked.Exchange(ref fired, 1) == 0)
            {
                child.KillHard();
                killed.SetResult(key);
            }
        });
        // The hook's kill makes the child exit before the hook completes its task: the flag tells the two exits apart.
        await Eventually.TrueAsync(() => Volatile.Read(ref fired) == 1 || child.HasExited, KillDeadline);
        Assert.True(Volatile.Read(ref fired) == 1, child.HasExited ? "the publisher stopped by itself before the kill" : $"no publish request reached the kill within {KillDeadline}");
        return await killed.Task.WaitAsync(KillDeadline);
    }

    private async Task ReportAsync(ProtocolwachtApp app, MastodonServer platform, string when) =>
        output.WriteLine($"killed {when}: {platform.PublishRequests.Count} requests, {platform.Statuses.Count} statuses, {await PublishedAsync(app)} recorded as published");

    private static Task<int> PublishedAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Published));

    private static Task<DeliveryStatus> StatusAsync(ProtocolwachtApp app, string idempotencyKey) =>
        app.WithDbAsync(db => db.Deliveries.Where(d => d.IdempotencyKey == idempotencyKey).Select(d => d.Status).SingleAsync());
}
