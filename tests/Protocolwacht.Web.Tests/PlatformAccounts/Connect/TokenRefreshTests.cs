using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.X;
using Protocolwacht.Web.Features.PlatformAccounts.Connect;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Tests.Publishing;

namespace Protocolwacht.Web.Tests.PlatformAccounts.Connect;

/// <summary>
/// Tokens are refreshed before they run out (issue #14: "no delivery fails for an expired access token that could
/// have been refreshed"), a spent refresh token is never used again, and a connection that cannot be refreshed is
/// announced to the administrators once per threshold.
/// </summary>
public sealed class TokenRefreshTests
{
    private const string Account = "sintjozef-x";

    [Theory]
    [AllDatabases]
    public async Task Delivery_WithAnExpiredAccessToken_IsPublishedAfterRefreshingIt(DatabaseProvider provider)
    {
        await using var setup = await XSetup.StartAsync(jobEnabled: false, provider);
        await setup.ConnectAsync(expiresAt: setup.App.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        setup.Platform.ExpireAccessTokens(); // x-access-1 is refused from now on: only a refreshed token publishes

        await PublishingSeed.QueueAsync(setup.App.Services, setup.App.Clock, 2, _ => null, "Vernieuwd", Account, "x");
        await setup.App.AdvanceAsync(TimeSpan.FromSeconds(1));

        var deliveries = await setup.App.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Published, d.Status));
        Assert.Equal(2, setup.Platform.Posts.Count);
        var tokenCalls = setup.Server.Received.Where(r => r.Path == "/2/oauth2/token").ToList();
        var refresh = Assert.Single(tokenCalls); // once for both deliveries: the second used the refreshed token
        Assert.Contains("refresh_token=x-refresh-1", refresh.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(setup.Server.Received, r => r.Path == "/2/tweets" && r.Headers.GetValueOrDefault("Authorization") == "Bearer x-access-1");
        var stored = (await setup.App.Service<AccountCredentials>().ReadAsync(Account, CancellationToken.None))!;
        Assert.Equal("x-refresh-2", stored.Credentials.RefreshToken); // the rotated pair is kept
        Assert.Equal(setup.App.Clock.GetUtcNow() + TimeSpan.FromHours(2), stored.AccessTokenExpiresAt);
    }

    [Fact]
    public async Task Delivery_WhoseRefreshIsRefused_FailsOnce_AndTheAdministratorsAreToldOnce()
    {
        await using var setup = await XSetup.StartAsync(jobEnabled: false);
        await setup.ConnectAsync(expiresAt: setup.App.Clock.GetUtcNow() - TimeSpan.FromMinutes(1), refreshToken: "x-refresh-ingetrokken");
        setup.Platform.ExpireAccessTokens();

        await PublishingSeed.QueueAsync(setup.App.Services, setup.App.Clock, 1, _ => null, "Geweigerd", Account, "x");
        await setup.App.AdvanceAsync(TimeSpan.FromSeconds(1));
        await setup.App.AdvanceAsync(TimeSpan.FromMinutes(30));

        Assert.Empty(setup.Platform.Posts);
        Assert.Single(setup.Server.Received, r => r.Path == "/2/oauth2/token"); // refused once, never asked again with the same token
        Assert.Equal(1, await setup.App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.TokenRefreshFailed && e.Subject == $"account:{Account}")));
        Assert.Equal(1, await setup.App.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == "sanne.deboer" && n.Link == $"/accounts/connect/{Account}")));
    }

    [Fact]
    public async Task RefreshJob_RenewsTokensBeforeTheyExpire_WithEachNewRefreshTokenOnce()
    {
        await using var setup = await XSetup.StartAsync(jobEnabled: true);
        await setup.ConnectAsync(expiresAt: setup.App.Clock.GetUtcNow() + TimeSpan.FromHours(2));

        await setup.App.AdvanceAsync(TimeSpan.FromMinutes(60)); // 1 h left: not yet due
        Assert.DoesNotContain(setup.Server.Received, r => r.Path == "/2/oauth2/token");
        await setup.App.AdvanceAsync(TimeSpan.FromMinutes(40)); // 20 min left: due before the next round
        await setup.App.AdvanceAsync(TimeSpan.FromHours(2)); // and the renewed one in turn

        var refreshes = setup.Server.Received.Where(r => r.Path == "/2/oauth2/token").Select(r => r.Body).ToList();
        Assert.Equal(2, refreshes.Count);
        Assert.Contains("refresh_token=x-refresh-1", refreshes[0], StringComparison.Ordinal);
        Assert.Contains("refresh_token=x-refresh-2", refreshes[1], StringComparison.Ordinal); // the spent x-refresh-1 never again
        var stored = (await setup.App.Service<AccountCredentials>().ReadAsync(Account, CancellationToken.None))!;
        Assert.Equal("x-refresh-3", stored.Credentials.RefreshToken);
        Assert.Equal(0, await setup.App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.TokenRefreshFailed)));
    }

    [Fact]
    public async Task ConnectionEnding_IsAnnouncedToTheAdministrators_OncePerThreshold()
    {
        // The connected page is read by reconciliation and reaction polling: nothing listens there, nothing leaves the machine.
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Connectors:Facebook:BaseUrl"] = ClosedPort.Url().AbsoluteUri);
        var ends = app.Clock.GetUtcNow() + TimeSpan.FromDays(20);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ConnectionStore>().SaveAsync(
                "kompas-facebook", "sanne.deboer", new PlatformCredentials("meta-page-token") { AccountId = "104000000000001" }, null, ends, "test", CancellationToken.None);
        }

        async Task<int> NoticesAsync() => await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == "sanne.deboer" && n.Link == "/accounts/connect/kompas-facebook"));

        await app.AdvanceAsync(TimeSpan.FromDays(5)); // 15 days left
        Assert.Equal(0, await NoticesAsync());
        await app.AdvanceAsync(TimeSpan.FromDays(1)); // 14 days left: the first threshold
        Assert.Equal(1, await NoticesAsync());
        await app.AdvanceAsync(TimeSpan.FromDays(1));
        await app.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal(1, await NoticesAsync()); // not every round
        await app.AdvanceAsync(TimeSpan.FromDays(10)); // 2 days and 23 hours left: the next threshold
        Assert.Equal(2, await NoticesAsync());
        var notices = await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Link == "/accounts/connect/kompas-facebook"));
        Assert.Equal(notices, await app.WithDbAsync(db => db.OutgoingMails.CountAsync(m => m.Subject == "Koppeling van Kindcentrum Het Kompas verloopt binnenkort"))); // mailed as well
    }

    private sealed class XSetup : IAsyncDisposable
    {
        private XSetup(LocalPlatformServer server, XServer platform, ProtocolwachtApp app)
        {
            Server = server;
            Platform = platform;
            App = app;
        }

        public LocalPlatformServer Server { get; }

        public XServer Platform { get; }

        public ProtocolwachtApp App { get; }

        public static async Task<XSetup> StartAsync(bool jobEnabled, DatabaseProvider provider = DatabaseProvider.Sqlite)
        {
            var platform = new XServer();
            var server = await LocalPlatformServer.StartAsync(platform.Map);
            var app = await ProtocolwachtApp.StartAsync(o =>
            {
                o.Database = provider;
                o.Settings["Connectors:X:BaseUrl"] = server.BaseUrl.AbsoluteUri;
                // Only the connect settings name the client: the connector cannot refresh on its own, so what
                // publishes here was refreshed ahead by the app.
                o.Settings["PlatformConnections:X:ClientId"] = XServer.ClientId;
                o.Settings["PlatformConnections:X:TokenUrl"] = new Uri(server.BaseUrl, "2/oauth2/token").AbsoluteUri;
                o.Settings["PlatformConnections:JobEnabled"] = jobEnabled ? "true" : "false";
            });
            await app.AcknowledgeProtocolAsync(PublishingSeed.Author);
            return new XSetup(server, platform, app);
        }

        public async Task ConnectAsync(DateTimeOffset expiresAt, string refreshToken = "x-refresh-1")
        {
            await using var scope = App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ConnectionStore>().SaveAsync(
                Account, "sanne.deboer", new PlatformCredentials("x-access-1") { RefreshToken = refreshToken, AccountId = XServer.UserId }, expiresAt, null, "test", CancellationToken.None);
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Server.DisposeAsync();
        }
    }
}
