using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Tests.Publishing;
using Protocolwacht.TestSupport.Ordering;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// Issue #16, failure injection: a platform (a local Mastodon server) answers 500, 503 with <c>Retry-After</c>, or
/// nothing at all for a while. The publisher backs off as the platform asks (on the fake clock: no real waiting),
/// never makes a second post, the author reads in Dutch on the post page what is going on, and the delivery
/// completes once the platform is back.
/// </summary>
[LongRunning(67)]
public class PlatformFaultTests
{
    [Fact]
    public async Task ServerErrorsForTenMinutes_BacksOffAndPublishesOnceAfterwards()
    {
        await using var setup = await FaultSetup.StartAsync();
        setup.Server.Fault = PlatformFault.ServerError();

        // Ten minutes of 500s, looked at every 5 seconds: without back-off that would be a call every few seconds. Each
        // step waits for the publisher only (whose calls are counted); the other jobs keep their own schedule, and all of
        // them finish what is due before the assertions. Every job at every step made this test 114 s of a busy run.
        for (var i = 0; i < 120; i++)
        {
            await setup.App.AdvanceAsync<PublisherService>(TimeSpan.FromSeconds(5));
        }

        await setup.App.RunBackgroundJobsAsync();

        var calls = setup.PublishCalls();
        Assert.InRange(calls, 3, 10); // 2 s, then 5, 10, 20 … seconds apart: about 8 in ten minutes
        var delivery = await setup.DeliveryAsync();
        Assert.Equal(DeliveryStatus.Unknown, delivery.Status);
        Assert.True(delivery.DueAt - delivery.UpdatedAt > TimeSpan.FromMinutes(4), $"next look {delivery.DueAt - delivery.UpdatedAt} after the last: not backed off");
        var page = await setup.PostPageAsync();
        Assert.Contains("onbekend, wordt nagekeken", page, StringComparison.Ordinal);
        Assert.Contains("Mastodon gaf een serverfout (500)", page, StringComparison.Ordinal);
        Assert.Contains("je hoeft niets te doen.</span>", page, StringComparison.Ordinal); // what the author can do, in Dutch
        // Mastodon's own English words are kept, folded away under a Dutch summary instead of inside the sentence.
        Assert.Contains("<details class=\"platform-message\" data-testid=\"platform-message\"><summary>Melding van het platform</summary><q>Internal Server Error</q></details>", page, StringComparison.Ordinal);
        Assert.Contains("Volgende poging:", page, StringComparison.Ordinal);

        setup.Server.Fault = null;
        await setup.App.AdvanceAsync(TimeSpan.FromMinutes(16)); // past the longest back-off

        await setup.AssertPublishedOnceAsync();
        Assert.Contains("gepubliceerd", await setup.PostPageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnavailableWithRetryAfter_WaitsExactlyAsLongAsAskedThenPublishesOnce()
    {
        await using var setup = await FaultSetup.StartAsync();
        setup.Server.Fault = PlatformFault.Unavailable(TimeSpan.FromMinutes(10));

        await setup.App.AdvanceAsync(TimeSpan.FromSeconds(1));
        var askedAt = setup.App.Clock.GetUtcNow();

        Assert.Equal(1, setup.PublishCalls());
        var delivery = await setup.DeliveryAsync();
        Assert.Equal(DeliveryStatus.Unknown, delivery.Status);
        Assert.InRange(delivery.DueAt, askedAt + TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1), askedAt + TimeSpan.FromMinutes(10));
        var page = await setup.PostPageAsync();
        Assert.Contains("Mastodon gaf een serverfout (503)", page, StringComparison.Ordinal);
        Assert.Contains("vraagt het na", page, StringComparison.Ordinal);

        setup.Server.Fault = null; // back early: the publisher still keeps to what the platform asked
        await setup.App.AdvanceAsync(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(2));
        Assert.Equal(1, setup.PublishCalls());

        await setup.App.AdvanceAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(2, setup.PublishCalls());
        await setup.AssertPublishedOnceAsync();
    }

    [Fact]
    public async Task NoAnswerAfterCreatingThePost_ReconcilesWithTheSameKeyAndNeverPostsTwice()
    {
        // The limit runs on the app's (fake) clock: the test moves it on once the platform has the call, so the call
        // always reaches the platform first, however loaded the machine, and nobody waits two real seconds.
        await using var setup = await FaultSetup.StartAsync(callTimeout: "00:00:02");
        setup.Platform.StallAfterCreating = true; // the worst case: the post is there, the answer never comes

        await setup.App.AdvanceThroughStalledCallsAsync(TimeSpan.FromSeconds(1), setup.PublishCalls);
        await setup.App.AdvanceThroughStalledCallsAsync(TimeSpan.FromSeconds(3), setup.PublishCalls); // reconciled by sending the same key: no answer again
        Assert.Equal(2, setup.PublishCalls());
        Assert.Single(setup.Platform.Statuses); // the platform kept its first post; the key made the second call harmless
        Assert.Contains("antwoordde niet op tijd", await setup.PostPageAsync(), StringComparison.Ordinal);

        setup.Platform.StallAfterCreating = false;
        await setup.App.AdvanceAsync(TimeSpan.FromMinutes(1));

        await setup.AssertPublishedOnceAsync();
        var delivery = await setup.DeliveryAsync();
        Assert.Equal(setup.Platform.Statuses.Keys.Single(), delivery.PlatformPostId);
    }

    /// <summary>The app, a local Mastodon server connected to Sint Jozef's account, and one post due now.</summary>
    private sealed class FaultSetup : IAsyncDisposable
    {
        private FaultSetup(ProtocolwachtApp app, LocalPlatformServer server, MastodonServer platform, string text)
        {
            App = app;
            Server = server;
            Platform = platform;
            Text = text;
        }

        public ProtocolwachtApp App { get; }

        public LocalPlatformServer Server { get; }

        public MastodonServer Platform { get; }

        public string Text { get; }

        public static async Task<FaultSetup> StartAsync(string? callTimeout = null)
        {
            var platform = new MastodonServer();
            var server = await LocalPlatformServer.StartAsync(platform.Map);
            var app = await ProtocolwachtApp.StartAsync(o =>
            {
                if (callTimeout is not null)
                {
                    o.Settings["Publishing:CallTimeout"] = callTimeout;
                }
            });
            await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
            var texts = await PublishingSeed.QueueAsync(app.Services, app.Clock, 1, _ => null, "Storing");
            return new FaultSetup(app, server, platform, texts[0]);
        }

        /// <summary>Publish calls that reached the server, the faulted ones included.</summary>
        public int PublishCalls() => Server.Received.Count(r => r.Method == "POST" && r.Path == "/api/v1/statuses");

        public Task<Delivery> DeliveryAsync() => App.WithDbAsync(db => db.Deliveries.AsNoTracking().SingleAsync());

        public async Task<string> PostPageAsync()
        {
            var postId = (await DeliveryAsync()).PostId;
            using var author = await App.SignInAsync(PublishingSeed.Author);
            return WebUtility.HtmlDecode(await author.GetPageAsync($"/posts/{postId}"));
        }

        public async Task AssertPublishedOnceAsync()
        {
            var delivery = await DeliveryAsync();
            Assert.Equal(DeliveryStatus.Published, delivery.Status);
            Assert.Equal([Text], Platform.Texts.Values);
            Assert.Single(Platform.Statuses);
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Server.DisposeAsync();
        }
    }
}
