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

    /// <summary>
    /// The form at 390×844 (stop 50's walk: labels cramped beside their fields, the description's help under the wrong
    /// field, one error above the form): a person's description without a role comes back named in a summary that has
    /// the focus, whose line leads to the field, and beside the field; each label stands above its control, which is as
    /// wide as the screen allows, and nothing is wider than the screen. The description is left empty too: the browser
    /// does not stop the form with a bubble of its own (the review of stop 50), the summary names both mistakes.
    /// </summary>
    [Fact]
    public async Task ReportForm_Phone_LabelsAboveTheirFields_AMistakeNamedInTheSummaryAndBesideItsField()
    {
        var parent = await server.NewPageAsync("nl-NL", Viewports.Phone);
        await parent.GotoAsync("/melden");
        await parent.GetByLabel("Omschrijving 2").FillAsync("mijn zoon");

        var label = (await parent.Locator("label[for='Report_Category']").BoundingBoxAsync())!;
        var select = (await parent.GetByTestId("report-category").BoundingBoxAsync())!;
        Assert.True(select.Y >= label.Y + label.Height - 1, $"the label ends at {label.Y + label.Height} px, its field starts at {select.Y} px");
        Assert.True(select.Width >= 300, $"the field is {select.Width} px wide on a 390 px screen");
        await Screenshots.SaveAsync(parent, "melden-form-phone");
        await parent.GetByTestId("report-submit").ClickAsync();

        var summary = parent.GetByTestId("report-errors");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Beschrijf wat er is gebeurd.");
        await Assertions.Expect(summary).ToContainTextAsync("Kies de rol van betrokkene 2, of maak de omschrijving leeg.");
        await Assertions.Expect(parent.GetByLabel("Rol 2")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(parent.Locator("#Report_People_1__Role-error")).ToBeVisibleAsync();
        await Assertions.Expect(parent.GetByLabel("Omschrijving 2")).ToHaveValueAsync("mijn zoon");
        var widths = await parent.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide on a {widths[1]} px screen");
        await Screenshots.SaveAsync(parent, "melden-errors-phone");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Kies de rol van betrokkene 2, of maak de omschrijving leeg." }).ClickAsync();
        await Assertions.Expect(parent.GetByLabel("Rol 2")).ToBeInViewportAsync();
        await Screenshots.SaveAsync(parent, "melden-error-field-phone");
        await parent.Context.CloseAsync();
    }
}
