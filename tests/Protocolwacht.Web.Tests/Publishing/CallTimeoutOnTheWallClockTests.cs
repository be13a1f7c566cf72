using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// The platform call limit (Publishing:CallTimeout) end to end on the real clock: the app on the system clock, its
/// publisher running on its own, a platform that takes the post and never answers. The publisher gives up after the
/// limit of wall time and records the outcome as unknown, to be reconciled. The other tests of silent platforms run
/// on the fake clock and move it past the limit instead of waiting for it.
/// </summary>
public class CallTimeoutOnTheWallClockTests
{
    [Fact]
    public async Task PlatformNeverAnswers_OnTheSystemClock_TheCallEndsAfterTheLimit_AsUnknown()
    {
        var platform = new MastodonServer { StallAfterCreating = true, Time = TimeProvider.System };
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var limit = TimeSpan.FromSeconds(2); // shorter than the platform's 10 s stall, after which it would answer empty
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.SystemClock = true;
            o.Settings["Publishing:CallTimeout"] = "00:00:02";
            o.Settings["Publishing:ReconcileDelay"] = "01:00:00"; // the unknown outcome stays for the test to read
        });
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        var queued = Stopwatch.StartNew();
        await PublishingSeed.QueueAsync(app.Services, app.Time, 1, _ => null, "Stil");

        await app.WaitUntilAsync(db => db.Deliveries.AnyAsync(d => d.Status == DeliveryStatus.Unknown), TimeSpan.FromMinutes(3), "the delivery's outcome unknown");

        Assert.True(queued.Elapsed >= limit, $"unknown after {queued.Elapsed}: the call did not wait for the limit");
        var delivery = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().SingleAsync());
        Assert.Equal("Het platform antwoordde niet op tijd; het bericht staat er misschien al.", delivery.LastError);
        Assert.Single(platform.Statuses); // the platform has the post; only its answer never came
    }
}
