using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Tests.Publishing;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// Failure injection (tests12): the platform goes down half-way through a batch. Ten posts are due at once; the local
/// Mastodon server answers 500 to everything from the moment its third status exists, while the publisher (four calls
/// at a time, as configured by default) still has posts of the same batch in flight. The posts whose call went out
/// before are published; the others are not, and their authors read in Dutch what happened; once the platform is back
/// every post is on the platform exactly once (the retries carry the same idempotency key).
/// </summary>
public class PlatformDownMidBatchTests
{
    private const int Posts = 10;

    [Fact]
    public async Task PlatformDownAfterTheThirdPostOfTen_TheRestWaitWithADutchReason_AndAllArePublishedOnceAfterwards()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        platform.BeforeAnswering = _ =>
        {
            if (platform.Statuses.Count >= 3)
            {
                server.Fault = PlatformFault.ServerError();
            }
        };
        await using var app = await ProtocolwachtApp.StartAsync();
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        var texts = await PublishingSeed.QueueAsync(app.Services, app.Clock, Posts, _ => null, "Halverwege");

        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        // At most four calls were past the fault when it started: three to six statuses, each published once.
        var created = platform.Statuses.Count;
        Assert.InRange(created, 3, 6);
        var deliveries = await DeliveriesAsync(app);
        Assert.Equal(created, deliveries.Count(d => d.Status == DeliveryStatus.Published));
        var waiting = deliveries.Where(d => d.Status != DeliveryStatus.Published).ToList();
        Assert.True(waiting.Count >= Posts - 6, $"only {waiting.Count} deliveries met the fault");
        Assert.All(waiting, d => Assert.Equal(DeliveryStatus.Unknown, d.Status));
        Assert.True(server.Received.Count(r => r.Method == "POST" && r.Path == "/api/v1/statuses") > created, "no call met the fault");
        var page = await PostPageAsync(app, waiting[0].PostId);
        Assert.Contains("onbekend, wordt nagekeken", page, StringComparison.Ordinal);
        Assert.Contains("Mastodon gaf een serverfout (500)", page, StringComparison.Ordinal);
        Assert.Contains("Volgende poging:", page, StringComparison.Ordinal);

        server.Fault = null;
        platform.BeforeAnswering = null;
        await app.AdvanceAsync(TimeSpan.FromMinutes(16)); // past the longest back-off

        deliveries = await DeliveriesAsync(app);
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Published, d.Status));
        Assert.Equal(Posts, platform.Statuses.Count);
        Assert.Equal(texts.Order(StringComparer.Ordinal), platform.Texts.Values.Order(StringComparer.Ordinal));
        Assert.Equal(Posts, deliveries.Select(d => d.PlatformPostId).Distinct().Count());
        Assert.Contains("gepubliceerd", await PostPageAsync(app, waiting[0].PostId), StringComparison.Ordinal);
    }

    private static Task<List<Delivery>> DeliveriesAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());

    private static async Task<string> PostPageAsync(ProtocolwachtApp app, Guid postId)
    {
        using var author = await app.SignInAsync(PublishingSeed.Author);
        return WebUtility.HtmlDecode(await author.GetPageAsync($"/posts/{postId}"));
    }
}
