using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Tests.Publishing;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// Failure injection (tests13): the database connection drops between publishing and recording. The platform has made
/// the status and answered; the publisher's save of that outcome (delivery published, archive record) fails on the
/// database. The attempt was on record before the call, so the author reads "bezig met plaatsen" meanwhile, and once
/// the lease runs out the delivery is reconciled, not posted again: the platform is asked once more with the same
/// idempotency key, returns the status it made, and the post is on the platform and in the archive once.
/// <para>
/// Shown to bite: with the publisher changed to send a new key on every attempt after the first (the one-off run described
/// at <see cref="PlatformDownMidBatchTests"/>), this test failed on two statuses with the same text ("1001", "1002").
/// </para>
/// </summary>
public class DatabaseDroppedAfterPublishingTests
{
    [Fact]
    public async Task ConnectionDropsWhileTheOutcomeIsSaved_TheAuthorSeesItUnderWay_AndThePostIsPublishedAndArchivedOnce()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var drop = new DropNextDeliveryUpdate();
        platform.BeforeAnswering = _ => drop.Arm(); // the status exists; the next write of a delivery is the outcome's
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Services = s => s.AddSingleton<IInterceptor>(drop));
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        var text = (await PublishingSeed.QueueAsync(app.Services, app.Clock, 1, _ => null, "Verbinding")).Single();

        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(1, drop.Dropped); // the injection happened: the outcome's save met the dropped connection
        var status = Assert.Single(platform.StatusIdByKey).Value;
        var delivery = Assert.Single(await DeliveriesAsync(app));
        Assert.Equal(DeliveryStatus.Attempting, delivery.Status); // the attempt, saved before the call, is all there is
        Assert.Null(delivery.PlatformPostId);
        Assert.Equal(0, await PublishedRecordsAsync(app)); // the archive record went with the failed save
        Assert.Contains("bezig met plaatsen", await PostPageAsync(app, delivery.PostId), StringComparison.Ordinal);

        platform.BeforeAnswering = null;
        await app.AdvanceAsync(TimeSpan.FromMinutes(2)); // past the lease of 90 s: picked up again and reconciled
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));

        var published = Assert.Single(platform.Statuses); // one status …
        Assert.Equal(status, published.Key);
        Assert.Equal(2, platform.PublishRequests.Count(r => r.Key == delivery.IdempotencyKey)); // … though asked twice, with the same key
        Assert.Equal(text, platform.Texts[status]);
        delivery = Assert.Single(await DeliveriesAsync(app));
        Assert.Equal((DeliveryStatus.Published, status), (delivery.Status, delivery.PlatformPostId));
        Assert.Equal(1, await PublishedRecordsAsync(app)); // on record once
        Assert.Contains("gepubliceerd", await PostPageAsync(app, delivery.PostId), StringComparison.Ordinal);
    }

    private static Task<List<Delivery>> DeliveriesAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());

    private static Task<int> PublishedRecordsAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.ArchiveRecords.CountAsync(r => r.Type == ArchiveRecordTypes.Published));

    private static async Task<string> PostPageAsync(ProtocolwachtApp app, Guid postId)
    {
        using var author = await app.SignInAsync(PublishingSeed.Author);
        return WebUtility.HtmlDecode(await author.GetPageAsync($"/posts/{postId}"));
    }

    /// <summary>
    /// Once armed, fails the next command that writes the deliveries table as a dropped connection does: the provider's
    /// I/O error (SQLITE_IOERR) before the command reaches the database, so its transaction is rolled back.
    /// </summary>
    private sealed class DropNextDeliveryUpdate : DbCommandInterceptor
    {
        private int _armed;
        private int _dropped;

        public int Dropped => Volatile.Read(ref _dropped);

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            DropIfArmed(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            DropIfArmed(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void DropIfArmed(DbCommand command)
        {
            if (command.CommandText.Contains("UPDATE \"deliveries\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Interlocked.Increment(ref _dropped);
                throw new SqliteException("disk I/O error: the connection to the database was dropped (injected)", 10);
            }
        }
    }
}
