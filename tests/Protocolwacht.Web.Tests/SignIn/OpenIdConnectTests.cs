using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.OpenId;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Tests.SignIn;

/// <summary>
/// Sign-in through OpenID Connect end to end: the app's OIDC handler against a real OpenID provider on
/// loopback (OpenIddict: authorization code flow with PKCE, signed id_token), followed hop by hop as a browser would.
/// </summary>
public sealed partial class OpenIdConnectTests(OpenIdConnectTests.ProviderAndApp shared) : IClassFixture<OpenIdConnectTests.ProviderAndApp>
{
    [Fact]
    public async Task StaffMember_WhoseClaimMapsToAStaffId_IsSignedIn_WithTheirRole_AndItIsAuditLogged()
    {
        var (provider, app) = await shared.FreshAsync();
        provider.SignedInAs = "sanne.deboer@konot.nl"; // staff id at one of the board's domains
        using var client = app.Anonymous();

        var last = await SignInThroughProviderAsync(client);

        var page = await last.Content.ReadAsStringAsync();
        Assert.True(last.StatusCode == HttpStatusCode.OK, $"{last.StatusCode} at {last.RequestMessage!.RequestUri}: {page[..Math.Min(page.Length, 2000)]}{app.Log.ForMessage()}");
        Assert.Equal("/", last.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Sanne de Boer", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/roles", UriKind.Relative))).StatusCode); // administrator
        var request = Assert.Single(provider.AuthorizationRequests);
        Assert.Equal(("S256", OpenIdProvider.ClientId), (request["code_challenge_method"], request["client_id"]));
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.SignedIn).SingleAsync());
        Assert.Equal(("sanne.deboer", "medewerker:sanne.deboer", "oidc"), (entry.Actor, entry.Subject, entry.Details));
    }

    [Fact]
    public async Task UserOutsideTheOrganisation_GetsADutchRefusal_AndNoSession()
    {
        var (provider, app) = await shared.FreshAsync();
        provider.SignedInAs = "iemand@elders.example";
        using var client = app.Anonymous();

        var last = await SignInThroughProviderAsync(client);

        var page = await last.Content.ReadAsStringAsync();
        Assert.True(last.StatusCode == HttpStatusCode.Forbidden, $"{last.StatusCode} at {last.RequestMessage!.RequestUri}{app.Log.ForMessage()}");
        Assert.Contains("hoort niet bij een medewerker van deze organisatie", page, StringComparison.Ordinal);
        var posts = await client.GetAsync(new Uri("/posts", UriKind.Relative));
        Assert.StartsWith("/account/signin", posts.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.SignInFailed).SingleAsync());
        Assert.Equal((AuditActors.UnknownUser, "medewerker:onbekend"), (entry.Actor, entry.Subject));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.SignedIn)));
    }

    /// <summary>
    /// One provider and one app for the class, the app on a fresh database for every test and the provider's record of
    /// authorization requests emptied: until stop 56 each test started both (an app start was most of each test's
    /// processor time). The provider vouches for whoever the test names (<see cref="OpenIdProvider.SignedInAs"/>) at each
    /// authorization; the app keeps no sign-in of the test before (a new client, a fresh database).
    /// </summary>
    public sealed class ProviderAndApp : IAsyncLifetime
    {
        private OpenIdProvider? _provider;
        private ProtocolwachtApp? _app;

        public async Task<(OpenIdProvider Provider, ProtocolwachtApp App)> FreshAsync()
        {
            _provider ??= await OpenIdProvider.StartAsync();
            _provider.AuthorizationRequests.Clear();
            if (_app is null)
            {
                _app = await StartAppAsync(_provider);
            }
            else
            {
                await _app.UseFreshDatabaseAsync();
            }

            return (_provider, _app);
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }

            if (_provider is not null)
            {
                await _provider.DisposeAsync();
            }
        }
    }

    private static async Task<ProtocolwachtApp> StartAppAsync(OpenIdProvider provider)
    {
        var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.OnLoopback = true;
            o.FreshDatabases = true;
            o.Settings["Authentication:OpenIdConnect:Enabled"] = "true";
            o.Settings["Authentication:OpenIdConnect:Authority"] = provider.Authority.ToString();
            o.Settings["Authentication:OpenIdConnect:ClientId"] = OpenIdProvider.ClientId;
            o.Settings["Authentication:OpenIdConnect:ClientSecret"] = OpenIdProvider.ClientSecret;
            o.Settings["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false";
            // The provider runs in this test process: on a saturated machine (three lanes on two cores) its discovery
            // document can take longer than the handler's 60 s default, and the sign-in then fails with IDX20803 and a
            // 500 (tests7 reproduced that message with a 1 ms timeout). Production keeps the default.
            o.Services = s => s.Configure<OpenIdConnectOptions>(OpenIdConnectSignIn.Scheme, x => x.BackchannelTimeout = TimeSpan.FromMinutes(5));
        });
        await provider.RegisterClientAsync(app.BaseAddress);
        return app;
    }

    /// <summary>
    /// Presses "Aanmelden met …" and follows every hop (redirects, and the provider's form_post page, which a
    /// browser submits by itself) until a page answers.
    /// </summary>
    private static async Task<HttpResponseMessage> SignInThroughProviderAsync(AppClient client)
    {
        var response = await client.PostFormAsync("/account/signin", [], handler: "External");
        for (var hop = 0; hop < 10; hop++)
        {
            var at = response.RequestMessage!.RequestUri!;
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                response = await client.GetAsync(new Uri(at, response.Headers.Location!));
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var form = FormPostPattern().Match(html);
            if (!form.Success)
            {
                return response;
            }

            var fields = InputPattern().Matches(form.Groups["body"].Value)
                .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
            using var content = new FormUrlEncodedContent(fields);
            response = await client.PostAsync(new Uri(at, WebUtility.HtmlDecode(form.Groups["action"].Value)), content);
        }

        throw new InvalidOperationException("The sign-in did not end within 10 hops.");
    }

    [GeneratedRegex("<form[^>]*action=\"(?<action>[^\"]*signin-oidc[^\"]*)\"[^>]*>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPostPattern();

    [GeneratedRegex("<input[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.Singleline)]
    private static partial Regex InputPattern();
}
