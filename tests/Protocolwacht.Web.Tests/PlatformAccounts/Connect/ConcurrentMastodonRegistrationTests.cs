using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Accounts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.OAuth;
using Protocolwacht.Web.Tests.Posts.Changes;

namespace Protocolwacht.Web.Tests.PlatformAccounts.Connect;

/// <summary>
/// An administrator double-clicks "Koppel met Mastodon" for an instance the app has no client at yet: both requests
/// register a client at the instance and both try to store theirs (one per instance). Before stop 38 the second save's
/// unique violation answered 500; now it uses the client stored first, so both pages link to the platform with the
/// client the callback will sign in with.
/// </summary>
public class ConcurrentMastodonRegistrationTests
{
    [Theory]
    [AllDatabases]
    public async Task TwoStartsAtOnce_BothLinkToThePlatform_WithTheOneStoredClient(DatabaseProvider provider)
    {
        var oauth = OAuthServer.ForMastodon();
        await using var server = await LocalPlatformServer.StartAsync(a =>
        {
            oauth.Map(a);
            oauth.MapMastodonApps(a);
        });
        var barrier = new SaveBarrier(tracker => tracker.Entries<OAuthClientEntity>().Any(e => e.State == EntityState.Added));
        await using var app = await ProtocolwachtApp.StartAsync(o => (o.Database, o.Services) = (provider, s => s.AddSingleton<IInterceptor>(barrier)));
        using var sanne = await app.SignInAsync("sanne.deboer");
        var instance = new Dictionary<string, string> { ["Form.Instance"] = server.BaseUrl.AbsoluteUri };
        barrier.Arm(parties: 2);

        var links = await Task.WhenAll(
            ConnectFlow.StartAsync(sanne, "sintjozef-mastodon", instance),
            ConnectFlow.StartAsync(sanne, "sintjozef-mastodon", instance));

        Assert.Equal(2, oauth.Registrations); // both really registered before either stored its client
        var stored = await app.WithDbAsync(db => db.OAuthClients.AsNoTracking().SingleAsync());
        Assert.All(links, link => Assert.Equal(stored.ClientId, ConnectFlow.Query(link, "client_id")));

        // A real instance keeps every client it registered; this fake knows only its latest, so it is pointed at the stored
        // one. Which of the two pages' flows the session still holds depends on which came last: the administrator
        // connects once more, with the stored client and no third registration.
        oauth.ClientId = stored.ClientId;
        oauth.ClientSecret = stored.ClientId.Replace("masto-client-", "masto-secret-", StringComparison.Ordinal);
        var answer = await ConnectFlow.RunAsync(sanne, "sintjozef-mastodon", instance);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(2, oauth.Registrations);
        Assert.NotNull(await app.Service<Protocolwacht.Web.Features.Publishing.AccountCredentials>().ReadAsync("sintjozef-mastodon", CancellationToken.None));
    }
}
