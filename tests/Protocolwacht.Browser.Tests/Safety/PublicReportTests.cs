using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Safety;

/// <summary>In a real browser, without an account: a parent reports online bullying at /melden and the school's contact person finds it.</summary>
[Collection(SafetyCollection.Name)]
public class PublicReportTests(BrowserFixture server)
{
    private const string Description = "Mijn dochter wordt in een klassengroep op TikTok belachelijk gemaakt met een bewerkte foto.";

    [Fact]
    public async Task ParentReportsWithoutAccount_ContactPersonSeesIt()
    {
        var parent = await server.NewPageAsync();
        await parent.GotoAsync("/melden");
        await Assertions.Expect(parent.GetByLabel("Laat dit veld leeg")).Not.ToBeInViewportAsync(); // the honeypot is out of sight
        await parent.GetByTestId("report-school").SelectOptionAsync("regenboog");
        await parent.GetByTestId("report-category").SelectOptionAsync("PupilBullying");
        await parent.GetByTestId("report-description").FillAsync(Description);
        await parent.GetByLabel("Rol 1").SelectOptionAsync("leerling");
        await parent.GetByLabel("Omschrijving 1").FillAsync("groep 6");
        await Screenshots.SaveAsync(parent, "melden-form");
        await parent.GetByTestId("report-submit").ClickAsync();
        await Assertions.Expect(parent.GetByTestId("report-thanks")).ToBeVisibleAsync();

        Assert.Equal(1, await server.App.WithDbAsync(db => db.Incidents.CountAsync(i => i.Description == Description)));
        var eva = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(eva, "eva.degroot");
        await eva.GotoAsync("/incidents");
        await eva.GetByTestId("incident").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(eva.GetByTestId("incident-description")).ToHaveTextAsync(Description);
        await Screenshots.SaveAsync(eva, "melden-incident-for-handler");
    }
}
