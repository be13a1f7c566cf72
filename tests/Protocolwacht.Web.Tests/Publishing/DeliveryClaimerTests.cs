using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>The claim that keeps publishers off each other's rows, on both databases.</summary>
[Collection(TimingCollection.Name)]
public class DeliveryClaimerTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Theory]
    [AllDatabases]
    public async Task ConcurrentClaimers_NeverClaimTheSameRow_AndTogetherClaimAll(DatabaseProvider database)
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = database;
            o.Settings["Publishing:Enabled"] = "false";
        });
        await PublishingSeed.QueueAsync(app.Services, app.Clock, 120, _ => null, "Claim");
        var now = app.Clock.GetUtcNow();

        // All claimers wait at one gate and then run on pool threads: SQLite's async calls complete
        // synchronously, so without it one claimer could finish before the next began.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            await gate.Task;
            return await ClaimUntilEmptyAsync(app, $"publisher-{n}", now);
        })).ToList();
        gate.SetResult();
        var claims = await Task.WhenAll(running);

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(120, all.Count);
        Assert.Equal(120, all.Distinct().Count());
        Assert.True(claims.Count(c => c.Count > 0) >= 2, "one claimer took everything; the test did not exercise concurrency");
    }

    [Theory]
    [AllDatabases]
    public async Task LiveLease_IsLeftAlone_ExpiredLease_IsTakenOver(DatabaseProvider database)
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = database;
            o.Settings["Publishing:Enabled"] = "false";
        });
        await PublishingSeed.QueueAsync(app.Services, app.Clock, 1, _ => null, "Lease");
        var now = app.Clock.GetUtcNow();

        var first = await ClaimAsync(app, "dead-instance", now, now + Lease);
        var whileAlive = await ClaimAsync(app, "other-instance", now + TimeSpan.FromSeconds(10), now + Lease);
        var afterExpiry = await ClaimAsync(app, "other-instance", now + Lease + TimeSpan.FromSeconds(1), now + (2 * Lease));

        Assert.Single(first);
        Assert.Empty(whileAlive);
        Assert.Equal(first, afterExpiry);
        Assert.Equal("other-instance", await app.WithDbAsync(db => db.Deliveries.Select(d => d.LeaseOwner).SingleAsync()));
    }

    private static async Task<List<Guid>> ClaimUntilEmptyAsync(ProtocolwachtApp app, string owner, DateTimeOffset now)
    {
        var mine = new List<Guid>();
        while (true)
        {
            var claimed = await ClaimAsync(app, owner, now, now + Lease, max: 1);
            if (claimed.Count == 0)
            {
                // An empty claim can also mean another claimer won the race for the same candidate row;
                // only stop when nothing claimable is left.
                if (await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Pending && d.LeaseExpiresAt == null)) == 0)
                {
                    return mine;
                }

                await Task.Delay(5);
                continue;
            }

            mine.AddRange(claimed);
            // Mark them done as a publisher would, so they leave the claimable set.
            await app.WithDbAsync(db => db.Deliveries.Where(d => claimed.Contains(d.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Published).SetProperty(d => d.LeaseOwner, (string?)null)));
            await Task.Delay(30); // the platform call a real publisher makes between claims
        }
    }

    private static async Task<IReadOnlyList<Guid>> ClaimAsync(ProtocolwachtApp app, string owner, DateTimeOffset now, DateTimeOffset until, int max = 10)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        return await DeliveryClaimer.ClaimAsync(db, owner, now, until, max, CancellationToken.None);
    }
}
