using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.OAuth;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Tests.PlatformAccounts.Connect;

/// <summary>The same flow for LinkedIn, Mastodon (a client registered per instance) and Meta (page token and Instagram account).</summary>
public sealed class PlatformConnectTests
{
    [Fact]
    public async Task LinkedIn_Connect_SendsTheSecret_AndKeepsTheRefreshTokensEnd()
    {
        var oauth = OAuthServer.ForLinkedIn();
        await using var server = await LocalPlatformServer.StartAsync(oauth.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["Connectors:LinkedIn:BaseUrl"] = ClosedPort.Url().AbsoluteUri;
            o.Settings["PlatformConnections:LinkedIn:ClientId"] = oauth.ClientId;
            o.Settings["PlatformConnections:LinkedIn:ClientSecret"] = oauth.ClientSecret!;
            o.Settings["PlatformConnections:LinkedIn:AuthorizeUrl"] = new Uri(server.BaseUrl, "oauth/v2/authorization").AbsoluteUri;
            o.Settings["PlatformConnections:LinkedIn:TokenUrl"] = new Uri(server.BaseUrl, "oauth/v2/accessToken").AbsoluteUri;
        });
        using var sanne = await app.SignInAsync("sanne.deboer");

        var answer = await ConnectFlow.RunAsync(sanne, "konot-linkedin", new() { ["Form.PlatformAccountId"] = "5515715" });

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("w_organization_social r_organization_social", oauth.LastAuthorize["scope"]);
        var stored = (await app.Service<AccountCredentials>().ReadAsync("konot-linkedin", CancellationToken.None))!;
        Assert.Equal("5515715", stored.Credentials.AccountId);
        Assert.NotNull(stored.Credentials.RefreshToken);
        var row = await app.WithDbAsync(db => db.OfficialAccounts.AsNoTracking().SingleAsync(a => a.Id == "konot-linkedin"));
        Assert.Equal(app.Clock.GetUtcNow() + TimeSpan.FromDays(60), row.AccessTokenExpiresAt);
        Assert.Equal(app.Clock.GetUtcNow() + TimeSpan.FromDays(365), row.ConnectionEndsAt);
    }

    [Fact]
    public async Task Mastodon_RegistersOncePerInstance_AndRevokesOnDisconnect()
    {
        var oauth = OAuthServer.ForMastodon();
        await using var server = await LocalPlatformServer.StartAsync(a =>
        {
            oauth.Map(a);
            oauth.MapMastodonApps(a);
        });
        await using var app = await ProtocolwachtApp.StartAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        var instance = new Dictionary<string, string> { ["Form.Instance"] = server.BaseUrl.AbsoluteUri };

        await ConnectFlow.RunAsync(sanne, "sintjozef-mastodon", instance);
        var answer = await ConnectFlow.RunAsync(sanne, "sintjozef-mastodon", instance); // connected again: the same client

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(1, oauth.Registrations);
        Assert.Equal("read write", oauth.LastAuthorize["scope"]);
        var stored = (await app.Service<AccountCredentials>().ReadAsync("sintjozef-mastodon", CancellationToken.None))!;
        Assert.Equal(server.BaseUrl, stored.Credentials.InstanceBaseUrl);
        Assert.True(oauth.AccessTokens.ContainsKey(stored.Credentials.AccessToken));
        Assert.Equal(1, await app.WithDbAsync(db => db.OAuthClients.CountAsync()));
        Assert.DoesNotContain(oauth.ClientSecret!, await app.WithDbAsync(db => db.OAuthClients.Select(c => c.ProtectedClientSecret).SingleAsync()), StringComparison.Ordinal);

        await sanne.PostFormAsync("/accounts/connect/sintjozef-mastodon", [], handler: "Disconnect");

        Assert.Contains(stored.Credentials.AccessToken, oauth.Revoked);
        Assert.Null(await app.Service<AccountCredentials>().ReadAsync("sintjozef-mastodon", CancellationToken.None));
    }

    [Fact]
    public async Task Meta_Instagram_StoresThePageTokenAndTheInstagramAccount_UntilTheLongLivedTokenEnds()
    {
        var meta = new MetaLoginServer();
        await using var server = await LocalPlatformServer.StartAsync(meta.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o => Configure(o, server));
        using var sanne = await app.SignInAsync("sanne.deboer");

        var answer = await ConnectFlow.RunAsync(sanne, "kompas-instagram");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("S256", meta.LastDialog["code_challenge_method"]);
        var stored = (await app.Service<AccountCredentials>().ReadAsync("kompas-instagram", CancellationToken.None))!;
        Assert.Equal((MetaLoginServer.PageToken, MetaLoginServer.InstagramId), (stored.Credentials.AccessToken, stored.Credentials.AccountId));
        var row = await app.WithDbAsync(db => db.OfficialAccounts.AsNoTracking().SingleAsync(a => a.Id == "kompas-instagram"));
        Assert.Null(row.AccessTokenExpiresAt); // a page token has no expiry of its own
        Assert.Equal(app.Clock.GetUtcNow() + TimeSpan.FromSeconds(MetaLoginServer.LongLivedSeconds), row.ConnectionEndsAt);
    }

    [Fact]
    public async Task Meta_InstagramWithoutALinkedProfessionalAccount_SaysSoAndStoresNothing()
    {
        var meta = new MetaLoginServer { LinkInstagram = false };
        await using var server = await LocalPlatformServer.StartAsync(meta.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o => Configure(o, server));
        using var sanne = await app.SignInAsync("sanne.deboer");

        var answer = await ConnectFlow.RunAsync(sanne, "kompas-instagram");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("geen Instagram-professioneel account", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(await app.Service<AccountCredentials>().ReadAsync("kompas-instagram", CancellationToken.None));
    }

    [Fact]
    public async Task Meta_SeveralPages_TheAdministratorPicksOne_OnlyThatPagesTokenIsStored_AndThePickIsUsedOnce()
    {
        var meta = new MetaLoginServer { SecondPage = true };
        await using var server = await LocalPlatformServer.StartAsync(meta.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o => Configure(o, server));
        using var sanne = await app.SignInAsync("sanne.deboer");

        var answer = await ConnectFlow.RunAsync(sanne, "kompas-instagram");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/accounts/oauth/pagina", answer.Headers.Location?.OriginalString);
        Assert.Null(await app.Service<AccountCredentials>().ReadAsync("kompas-instagram", CancellationToken.None)); // nothing before the pick
        var page = WebUtility.HtmlDecode(await sanne.GetPageAsync("/accounts/oauth/pagina"));
        // The pages and the account by their names; a page's id stays in the form's value (no two pages share a name here).
        Assert.Contains(">Basisschool De Regenboog</label>", page, StringComparison.Ordinal);
        Assert.Contains(">Basisschool Het Kompas</label>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"104000000000002\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("(104000000000001)", page, StringComparison.Ordinal);
        Assert.Contains("<strong data-testid=\"choice-account\">@kckompas (Instagram)</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("meta-page-token", page, StringComparison.Ordinal); // no page token in the browser

        // Another browser (the same administrator signed in elsewhere) has no choice open: it lives in this browser only.
        using var elsewhere = await app.SignInAsync("sanne.deboer");
        Assert.Contains("geen keuze open", WebUtility.HtmlDecode(await elsewhere.GetPageAsync("/accounts/oauth/pagina")), StringComparison.Ordinal);

        var chosen = await sanne.PostFormAsync("/accounts/oauth/pagina", new() { ["PageId"] = MetaLoginServer.SecondPageId });

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/accounts/connect/kompas-instagram?gekoppeld=1", chosen.Headers.Location?.OriginalString);
        var stored = (await app.Service<AccountCredentials>().ReadAsync("kompas-instagram", CancellationToken.None))!;
        Assert.Equal((MetaLoginServer.SecondPageToken, MetaLoginServer.SecondInstagramId), (stored.Credentials.AccessToken, stored.Credentials.AccountId));
        Assert.Contains("geen keuze open", WebUtility.HtmlDecode(await sanne.GetPageAsync("/accounts/oauth/pagina")), StringComparison.Ordinal); // used once
    }

    internal static void Configure(ProtocolwachtAppOptions o, LocalPlatformServer server)
    {
        o.Settings["Connectors:Facebook:BaseUrl"] = ClosedPort.Url().AbsoluteUri;
        o.Settings["Connectors:Instagram:BaseUrl"] = ClosedPort.Url().AbsoluteUri;
        o.Settings["PlatformConnections:Meta:ClientId"] = MetaLoginServer.AppId;
        o.Settings["PlatformConnections:Meta:ClientSecret"] = MetaLoginServer.AppSecret;
        o.Settings["PlatformConnections:Meta:AuthorizeUrl"] = new Uri(server.BaseUrl, "v21.0/dialog/oauth").AbsoluteUri;
        o.Settings["PlatformConnections:Meta:TokenUrl"] = new Uri(server.BaseUrl, "v21.0/oauth/access_token").AbsoluteUri;
        o.Settings["PlatformConnections:Meta:ApiUrl"] = new Uri(server.BaseUrl, "v21.0/").AbsoluteUri;
    }
}
