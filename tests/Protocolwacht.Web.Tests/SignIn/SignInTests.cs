using System.Net;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.SignIn;

/// <summary>
/// Signing in. The first two tests share one app (<see cref="SharedApp"/>): one signs Tom in and reads his start page,
/// the other is an anonymous visitor; neither acknowledges the protocol or changes what the other reads. The Production
/// test starts its own.
/// </summary>
public sealed class SignInTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task SignIn_WithDemoPassword_ShowsTheHomePageForThatPerson()
    {
        var app = shared.App;
        using var client = await app.SignInAsync("tom.hendriks");

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Tom Hendriks", home, StringComparison.Ordinal);
        Assert.Contains("/protocol#bevestigen", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationPage_Anonymous_RedirectsToSignIn_AndApiAnswers401()
    {
        var app = shared.App;
        using var client = app.Anonymous();

        var page = await client.GetAsync(new Uri("/organisation", UriKind.Relative));
        var api = await client.GetAsync(new Uri("/api/protocol/acknowledgements/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/signin", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Production_GivesStaffAccountsWithoutTheDemoPassword()
    {
        await using var app = await ProtocolwachtApp.StartInProductionAsync();
        using var client = app.Anonymous();

        var response = await client.PostFormAsync("/account/signin",
            new() { ["UserName"] = "tom.hendriks", ["Password"] = ProtocolwachtApp.DemoPassword });
        var accounts = await app.WithDbAsync(db => Task.FromResult(db.Users.Count()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aanmelden mislukt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(17, accounts);
    }
}
