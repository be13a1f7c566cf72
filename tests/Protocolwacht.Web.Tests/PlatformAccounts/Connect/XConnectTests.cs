using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.OAuth;
using Protocolwacht.Web.Features.PlatformAccounts.Connect;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Tests.PlatformAccounts.Connect;

/// <summary>Connecting an X account through X's own sign-in (OAuth 2.0 with PKCE), against a local X authorization server.</summary>
public sealed class XConnectTests
{
    private const string Account = "regenboog-x";

    [Fact]
    public async Task Connect_ThroughXsSignIn_StoresTheTokensEncryptedWithTheirExpiry()
    {
        await using var setup = await Setup.StartAsync();
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
        await using var setup = await Setup.StartAsync();
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
        await using var setup = await Setup.StartAsync();
        using var sanne = await setup.App.SignInAsync("sanne.deboer");
        using var sanneElsewhere = await setup.App.SignInAsync("sanne.deboer");

        var back = await ConnectFlow.AtPlatformAsync(await ConnectFlow.StartAsync(sanne, Account));
        var answer = await ConnectFlow.BackAsync(sanneElsewhere, back);

        await AssertNothingStoredAsync(setup, answer, ConnectMessages.WrongState);
    }

    [Fact]
    public async Task ConsentDenied_SaysSoInDutch_RecordsTheFailure_AndStoresNothing()
    {
        await using var setup = await Setup.StartAsync();
        setup.OAuth.DenyWith = "access_denied";
        using var sanne = await setup.App.SignInAsync("sanne.deboer");

        var answer = await ConnectFlow.RunAsync(sanne, Account);

        await AssertNothingStoredAsync(setup, answer, ConnectMessages.Denied);
        Assert.Equal(1, await setup.App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AccountConnectFailed && e.Subject == $"account:{Account}")));
    }

    [Fact]
    public async Task ExpiredCode_IsRefusedInDutch()
    {
        await using var setup = await Setup.StartAsync();
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
        await using var setup = await Setup.StartAsync();
        using var sanne = await setup.App.SignInAsync("sanne.deboer");

        var back = await ConnectFlow.AtPlatformAsync(await ConnectFlow.StartAsync(sanne, Account));
        setup.Server.Fault = PlatformFault.ServerError();
        var answer = await ConnectFlow.BackAsync(sanne, back);

        await AssertNothingStoredAsync(setup, answer, string.Format(System.Globalization.CultureInfo.InvariantCulture, ConnectMessages.PlatformDown, "X"));
    }

    [Fact]
    public async Task Disconnect_RevokesBothTokensAtX_ThenForgetsThem()
    {
        await using var setup = await Setup.StartAsync();
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

    internal sealed class Setup : IAsyncDisposable
    {
        private Setup(LocalPlatformServer server, OAuthServer oauth, ProtocolwachtApp app)
        {
            Server = server;
            OAuth = oauth;
            App = app;
        }

        public LocalPlatformServer Server { get; }

        public OAuthServer OAuth { get; }

        public ProtocolwachtApp App { get; }

        public static async Task<Setup> StartAsync()
        {
            var oauth = OAuthServer.ForX();
            var server = await LocalPlatformServer.StartAsync(oauth.Map);
            var app = await ProtocolwachtApp.StartAsync(o =>
            {
                o.Settings["Connectors:X:BaseUrl"] = ClosedPort.Url().AbsoluteUri;
                o.Settings["PlatformConnections:X:ClientId"] = oauth.ClientId;
                o.Settings["PlatformConnections:X:AuthorizeUrl"] = new Uri(server.BaseUrl, "i/oauth2/authorize").AbsoluteUri;
                o.Settings["PlatformConnections:X:TokenUrl"] = new Uri(server.BaseUrl, "2/oauth2/token").AbsoluteUri;
                o.Settings["PlatformConnections:X:RevokeUrl"] = new Uri(server.BaseUrl, "2/oauth2/revoke").AbsoluteUri;
            });
            return new Setup(server, oauth, app);
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Server.DisposeAsync();
        }
    }
}
