using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Tests.Publishing;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// Failure injection (tests12, tests13): the platform falls over half-way through a batch. Ten posts are due at once; the
/// local Mastodon server, with its third status made, drops the connections of the calls inside it (their statuses
/// exist, their answers never leave) and answers 500 to every call after, while the publisher (four calls at a time, as
/// configured by default) still has posts of the same batch in flight. The posts whose answer came are published; the
/// others are unknown, and their authors read in Dutch what happened; once the platform is back every post is on the
/// platform exactly once (the retries carry the first attempt's idempotency key, and Mastodon returns the status it made).
/// <para>
/// Shown to bite (tests13, a one-off run with the publisher changed to send a new key on every attempt after the first,
/// <c>delivery.Attempts &gt; 1 ? Guid.NewGuid().ToString("N") : delivery.IdempotencyKey</c> in
/// <c>DeliveryProcessor.PublishAsync</c>): this test failed with "Expected: 10, Actual: 11", a second status for a post
/// whose answer was lost. tests12's version of it, where the platform only answered 500 (so no status was ever made
/// without its answer), passed against that broken publisher: it could not see a second post, and was replaced by this one.
/// </para>
/// </summary>
public class PlatformDownMidBatchTests
{
    private const int Posts = 10;

    [Fact]
    public async Task PlatformFallsOverMidAnswer_TheStatusesWithoutAnAnswerAreNotPostedTwice_AndTheRestWaitWithADutchReason()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        platform.BeforeAnswering = _ =>
        {
            if (platform.Statuses.Count >= 3)
            {
                // The platform falls over with the third status made: the calls inside it lose their answers, the
                // calls after it get a 500 and make nothing.
                platform.AbortAfterCreating = true;
                server.Fault = PlatformFault.ServerError();
            }
        };
        await using var app = await ProtocolwachtApp.StartAsync();
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        var texts = await PublishingSeed.QueueAsync(app.Services, app.Clock, Posts, _ => null, "Halverwege");

        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        // At most four calls were inside the platform when it fell: three to six statuses, of which at least the third
        // lost its answer; the publisher records those as unknown, not as published and not as failed.
        var created = platform.Statuses.Count;
        Assert.InRange(created, 3, 6);
        var deliveries = await DeliveriesAsync(app);
        Assert.All(deliveries.Where(d => d.Status == DeliveryStatus.Published), d => Assert.Equal(platform.StatusIdByKey[d.IdempotencyKey], d.PlatformPostId));
        var answerLost = deliveries.Where(d => d.Status != DeliveryStatus.Published && platform.StatusIdByKey.ContainsKey(d.IdempotencyKey)).ToList();
        Assert.NotEmpty(answerLost); // what a second post would come from: a status the publisher never heard of
        var refused = deliveries.Where(d => d.Status != DeliveryStatus.Published && !platform.StatusIdByKey.ContainsKey(d.IdempotencyKey)).ToList();
        Assert.True(refused.Count >= Posts - 6, $"only {refused.Count} deliveries met the 500");
        Assert.All(answerLost.Concat(refused), d => Assert.Equal(DeliveryStatus.Unknown, d.Status));
        var page = await PostPageAsync(app, refused[0].PostId);
        Assert.Contains("onbekend, wordt nagekeken", page, StringComparison.Ordinal);
        Assert.Contains("Mastodon gaf een serverfout (500)", page, StringComparison.Ordinal);
        Assert.Contains("Volgende poging:", page, StringComparison.Ordinal);
        Assert.Contains("onbekend, wordt nagekeken", await PostPageAsync(app, answerLost[0].PostId), StringComparison.Ordinal);

        server.Fault = null;
        platform.AbortAfterCreating = false;
        platform.BeforeAnswering = null;
        await app.AdvanceAsync(TimeSpan.FromMinutes(16)); // past the longest back-off

        deliveries = await DeliveriesAsync(app);
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Published, d.Status));
        Assert.Equal(Posts, platform.Statuses.Count); // each once: the second call for a status came with the first call's key
        Assert.True(platform.PublishRequests.Count(r => answerLost.Any(d => d.IdempotencyKey == r.Key)) > answerLost.Count, "no status without an answer was asked for again");
        Assert.Equal(texts.Order(StringComparer.Ordinal), platform.Texts.Values.Order(StringComparer.Ordinal));
        Assert.All(deliveries, d => Assert.Equal(platform.StatusIdByKey[d.IdempotencyKey], d.PlatformPostId));
        Assert.Contains("gepubliceerd", await PostPageAsync(app, answerLost[0].PostId), StringComparison.Ordinal);
    }

    private static Task<List<Delivery>> DeliveriesAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());

    private static async Task<string> PostPageAsync(ProtocolwachtApp app, Guid postId)
    {
        using var author = await app.SignInAsync(PublishingSeed.Author);
        return WebUtility.HtmlDecode(await author.GetPageAsync($"/posts/{postId}"));
    }
}
