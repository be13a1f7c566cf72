using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.OAuth;
using Protocolwacht.Web.Features.PlatformAccounts.Connect;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.PlatformAccounts.Connect;

/// <summary>
/// Connecting an X account through X's own sign-in (OAuth 2.0 with PKCE), against a local X authorization server. The
/// tests share that server and one app configured for it (<see cref="Platform"/>); until tests19 each test started both.
/// </summary>
public sealed class XConnectTests(XConnectTests.Platform platform) : IClassFixture<XConnectTests.Platform>
{
    private const string Account = "regenboog-x";

    [Fact]
    public async Task Connect_ThroughXsSignIn_StoresTheTokensEncryptedWithTheirExpiry()
    {
        var setup = await platform.SetUpAsync();
        using var sanne = await setup.App.SignInAsync("sanne.deboer");

        var authorize = await ConnectFlow.StartAsync(sanne, Account);
        var back = await ConnectFlow.AtPlatformAsync(authorize);
        var answer = await ConnectFlow.BackAsync(sanne, back);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal($"/accounts/connect/{Account}?gekoppeld=1", answer.Headers.Location!.OriginalString);
        Assert.Equal("tweet.read tweet.write users.read offline.access", setup.OAuth.LastAuthorize["scope"]);
        Assert.Equal("S256", setup.OAuth.LastAuthorize["code_challenge_method"]);
        Assert.Equal("http://localhost/accounts/oauth/callback", setup.OAuth.LastAuthorize["redirect_uri"]);
        var stored = await setup.App.Service<AccountCredentials>().ReadAsync(Account, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(setup.OAuth.AccessTokens.ContainsKey(stored.Credentials.AccessToken)); // the token the code was exchanged for
        Assert.True(setup.OAuth.RefreshTokens.ContainsKey(stored.Credentials.RefreshToken!));
        var row = await setup.App.WithDbAsync(db => db.OfficialAccounts.AsNoTracking().SingleAsync(a => a.Id == Account));
        Assert.DoesNotContain(stored.Credentials.AccessToken, row.ProtectedCredential!, StringComparison.Ordinal);
        Assert.Equal(setup.App.Clock.GetUtcNow() + TimeSpan.FromHours(2), row.AccessTokenExpiresAt);
        Assert.Null(row.ConnectionEndsAt); // X's refresh token has no fixed end
        Assert.Equal(1, await setup.App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AccountConnected && e.Subject == $"account:{Account}" && e.Actor == "sanne.deboer")));
        Assert.Contains("Gekoppeld met X.", await sanne.GetPageAsync(answer.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_WithAnotherState_IsRefusedAndStoresNothing()
    {
        var setup = await platform.SetUpAsync();
        using var sanne = await setup.App.SignInAsync("sanne.deboer");

        var back = await ConnectFlow.AtPlatformAsync(await ConnectFlow.StartAsync(sanne, Account));
        var forged = new Uri($"{back.GetLeftPart(UriPartial.Path)}?code={ConnectFlow.Query(back, "code")}&state=aangepast-door-een-ander");
        var answer = await ConnectFlow.BackAsync(sanne, forged);

        await AssertNothingStoredAsync(setup, answer, ConnectMessages.WrongState);
        Assert.DoesNotContain(setup.Server.Received, r => r.Path == "/2/oauth2/token"); // the code was never exchanged
    }

    [Fact]
    public async Task Callback_InABrowserThatDidNotStartIt_IsRefused()
    {
        var setup = await platform.SetUpAsync();
        using var sanne = await setup.App.SignInAsync("sanne.deboer");
        using var sanneElsewhere = await setup.App.SignInAsync("sanne.deboer");

        var back = await ConnectFlow.AtPlatformAsync(await ConnectFlow.StartAsync(sanne, Account));
        var answer = await ConnectFlow.BackAsync(sanneElsewhere, back);

        await AssertNothingStoredAsync(setup, answer, ConnectMessages.WrongState);
    }

    [Fact]
    public async Task ConsentDenied_SaysSoInDutch_RecordsTheFailure_AndStoresNothing()
    {
        var setup = await platform.SetUpAsync();
        setup.OAuth.DenyWith = "access_denied";
        using var sanne = await setup.App.SignInAsync("sanne.deboer");

        var answer = await ConnectFlow.RunAsync(sanne, Account);

        await AssertNothingStoredAsync(setup, answer, ConnectMessages.Denied);
        Assert.Equal(1, await setup.App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AccountConnectFailed && e.Subject == $"account:{Account}")));
    }

    [Fact]
    public async Task ExpiredCode_IsRefusedInDutch()
    {
        var setup = await platform.SetUpAsync();
        using var sanne = await setup.App.SignInAsync("sanne.deboer");

        var back = await ConnectFlow.AtPlatformAsync(await ConnectFlow.StartAsync(sanne, Account));
        setup.OAuth.ExpireCodes();
        var answer = await ConnectFlow.BackAsync(sanne, back);

        await AssertNothingStoredAsync(setup, answer, ConnectMessages.CodeRefused);
        Assert.Contains(setup.Server.Received, r => r.Path == "/2/oauth2/token"); // asked, and refused with invalid_grant
    }

    [Fact]
    public async Task PlatformDownAtTheCodeExchange_StoresNothing()
    {
        var setup = await platform.SetUpAsync();
        using var sanne = await setup.App.SignInAsync("sanne.deboer");

        var back = await ConnectFlow.AtPlatformAsync(await ConnectFlow.StartAsync(sanne, Account));
        setup.Server.Fault = PlatformFault.ServerError();
        var answer = await ConnectFlow.BackAsync(sanne, back);

        await AssertNothingStoredAsync(setup, answer, string.Format(System.Globalization.CultureInfo.InvariantCulture, ConnectMessages.PlatformDown, "X"));
    }

    [Fact]
    public async Task Disconnect_RevokesBothTokensAtX_ThenForgetsThem()
    {
        var setup = await platform.SetUpAsync();
        using var sanne = await setup.App.SignInAsync("sanne.deboer");
        await ConnectFlow.RunAsync(sanne, Account);
        var stored = (await setup.App.Service<AccountCredentials>().ReadAsync(Account, CancellationToken.None))!.Credentials;

        var answer = await sanne.PostFormAsync($"/accounts/connect/{Account}", [], handler: "Disconnect");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("X heeft de toegang ingetrokken", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal([stored.RefreshToken!, stored.AccessToken], setup.OAuth.Revoked.ToArray());
        Assert.False(setup.OAuth.AccessTokens.ContainsKey(stored.AccessToken));
        var row = await setup.App.WithDbAsync(db => db.OfficialAccounts.AsNoTracking().SingleAsync(a => a.Id == Account));
        Assert.Null(row.ProtectedCredential);
        Assert.Null(row.AccessTokenExpiresAt);
        Assert.Equal(1, await setup.App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AccountDisconnected && e.Subject == $"account:{Account}")));
    }

    private static async Task AssertNothingStoredAsync(Setup setup, HttpResponseMessage answer, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var row = await setup.App.WithDbAsync(db => db.OfficialAccounts.AsNoTracking().SingleAsync(a => a.Id == Account));
        Assert.Null(row.ProtectedCredential);
        Assert.Null(row.AccessTokenExpiresAt);
    }

    public sealed record Setup(LocalPlatformServer Server, OAuthServer OAuth, ProtocolwachtApp App);

    /// <summary>
    /// The class's X and app: one local authorization server, and one app whose settings point at it, on a fresh
    /// database for every test (<see cref="FreshDatabaseApp"/>); the server forgets what the test before issued,
    /// received or was told to refuse (<see cref="OAuthServer.Reset"/>, <see cref="LocalPlatformServer.Reset"/>). What
    /// the app keeps in memory between tests (pending connections, keyed by a random state; the few seconds' credential
    /// cache, which every store and removal clears) does not reach another test's account row.
    /// </summary>
    public sealed class Platform : FreshDatabaseApp
    {
        public OAuthServer OAuth { get; } = OAuthServer.ForX();

        public LocalPlatformServer Server { get; private set; } = null!;

        public override async Task InitializeAsync() => Server = await LocalPlatformServer.StartAsync(OAuth.Map);

        /// <summary>The app on a fresh database and the server as new, for one test.</summary>
        public async Task<Setup> SetUpAsync()
        {
            OAuth.Reset();
            Server.Reset();
            return new Setup(Server, OAuth, await FreshAsync());
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Server.DisposeAsync();
        }

        protected override void Configure(ProtocolwachtAppOptions options)
        {
            options.Settings["Connectors:X:BaseUrl"] = ClosedPort.Url().AbsoluteUri;
            options.Settings["PlatformConnections:X:ClientId"] = OAuth.ClientId;
            options.Settings["PlatformConnections:X:AuthorizeUrl"] = new Uri(Server.BaseUrl, "i/oauth2/authorize").AbsoluteUri;
            options.Settings["PlatformConnections:X:TokenUrl"] = new Uri(Server.BaseUrl, "2/oauth2/token").AbsoluteUri;
            options.Settings["PlatformConnections:X:RevokeUrl"] = new Uri(Server.BaseUrl, "2/oauth2/revoke").AbsoluteUri;
            // Sanne signs in once or twice per test on the one app; the throttle has its own tests (SignInThrottleTests).
            options.Settings["SignIn:Throttle:PermitsPerClient"] = "1000";
            options.Settings["SignIn:Throttle:PermitsPerAccount"] = "1000";
        }
    }
}
