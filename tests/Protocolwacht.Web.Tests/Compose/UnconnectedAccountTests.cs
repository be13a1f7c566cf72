using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.PlatformAccounts;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>
/// Outside Development only the demo organisation publishes to the sandbox: a real organisation's account
/// without platform credentials is "niet verbonden" and cannot be chosen, nor confirmed; a draft that named it says so.
/// </summary>
public sealed class UnconnectedAccountTests
{
    private const string Password = "Een-sterk-wachtwoord-2026!";

    /// <summary>Production has no demo password: give the people of the test one, as an administrator would.</summary>
    private static async Task GivePasswordAsync(ProtocolwachtApp app, params string[] staffIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var id in staffIds)
        {
            var user = (await users.FindByNameAsync(id))!;
            Assert.True((await users.AddPasswordAsync(user, Password)).Succeeded);
        }
    }

    /// <summary>The real organisation's file is imported: from then on it is no demo.</summary>
    private static async Task ImportRealOrganisationAsync(ProtocolwachtApp app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrganisationImporter>().ImportAsync(OrganisationModel.Demo, "sanne.deboer");
        }

        await app.AdvanceAsync(CheckerSnapshot.MaxAge + TimeSpan.FromSeconds(1));
    }

    [Theory]
    [AllDatabases]
    public async Task Production_RealOrganisation_AccountWithoutCredentials_IsNotConnected_AndCannotBeChosenOrConfirmed(DatabaseProvider provider)
    {
        await using var app = await ProtocolwachtApp.StartInProductionAsync(o => o.Database = provider);
        await GivePasswordAsync(app, "tom.hendriks", "sanne.deboer");
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks", Password);
        using var sanne = await app.SignInAsync("sanne.deboer", Password);
        // Outside Development an administrator sets up the authenticator app before anything else.
        var key = Authenticator.KeyOnPage(await sanne.GetPageAsync("/account/two-factor"));
        await sanne.PostFormAsync("/account/two-factor", new() { ["Code"] = Authenticator.Code(key) });

        // The demo organisation may use the sandbox: the account can be chosen and a draft saved.
        var demoComposer = await tom.GetPageAsync("/compose");
        var drafted = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        await ImportRealOrganisationAsync(app);

        var composer = WebUtility.HtmlDecode(await tom.GetPageAsync("/compose"));
        var saveRefused = await tom.PostFormAsync("/compose", new() { ["Form.Text"] = "Vrijdag is de open dag.", ["Form.AccountIds"] = "regenboog-x" }, handler: "Next");
        var confirm = await tom.PublishAsync(drafted);
        var problem = WebUtility.HtmlDecode(await tom.GetPageAsync($"/posts/{drafted}/publish"));
        var deliveries = await app.WithDbAsync(db => db.Deliveries.CountAsync());
        // The draft's own composer says the account was disconnected since, and hands the stored draft as stored (the
        // account included): a version without it would be one the server never held, and the script's next save would
        // be refused as a conflict with it.
        var draftComposer = WebUtility.HtmlDecode(await tom.GetPageAsync($"/compose/{drafted}"));

        Assert.DoesNotContain("niet verbonden", demoComposer, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"account-regenboog-x\" disabled", composer, StringComparison.Ordinal);
        Assert.Contains("@RegenboogEsveld (X) — niet verbonden", composer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saveRefused.StatusCode);
        Assert.Contains("niet verbonden", WebUtility.HtmlDecode(await saveRefused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Contains("@RegenboogEsveld is niet verbonden met het platform", problem, StringComparison.Ordinal);
        Assert.Equal(0, deliveries);
        Assert.Contains(Web.Features.Compose.IndexModel.NoLongerConnected("@RegenboogEsveld"), draftComposer, StringComparison.Ordinal);
        Assert.Contains("\"accounts\":[\"regenboog-x\"]", draftComposer, StringComparison.Ordinal);
        Assert.DoesNotContain(Web.Features.Compose.IndexModel.NoLongerConnected("@RegenboogEsveld"), WebUtility.HtmlDecode(await tom.GetPageAsync("/compose")), StringComparison.Ordinal);

        // Connected with credentials, the same account can be chosen and is published to its platform, not the sandbox.
        var put = await sanne.PutAsJsonAsync(new Uri("/api/accounts/regenboog-x/credential", UriKind.Relative), new CredentialBody("token-123", null, "42", null));
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        await tom.PublishAsync(drafted);
        Assert.DoesNotContain("data-testid=\"account-regenboog-x\" disabled", await tom.GetPageAsync("/compose"), StringComparison.Ordinal);
        Assert.Equal("x", await app.WithDbAsync(db => db.Deliveries.Select(d => d.Channel).SingleAsync()));
    }
}
