using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Safety;

namespace Protocolwacht.Browser.Tests.Consent;

[Collection(SafetyCollection.Name)]
public class ConsentFormTests(BrowserFixture browser)
{
    [Fact]
    public async Task ConsentForm_PreselectsNothing_AndOffersOnlyTheParentsAsGiver()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "karin.mulder");

        await page.GotoAsync("/consent/students/noah.bos");

        var form = page.Locator("#consent-form");
        await Assertions.Expect(form).ToBeVisibleAsync();
        await Assertions.Expect(form.Locator("input[name='Form.Value']")).ToHaveCountAsync(3);
        await Assertions.Expect(form.Locator("input[name='Form.Value']:checked")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#Form_Purpose")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator("#Form_GivenBy")).ToHaveValueAsync(string.Empty);
        // A primary-school pupil never consents alone: the only givers are the parents in the register.
        await Assertions.Expect(page.Locator("#Form_GivenBy option[value='ellen.bos']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#Form_GivenBy option[value='leerling-16plus']")).ToHaveCountAsync(0);

        // Saving without choosing says what is missing, in Dutch, and records nothing.
        await page.Locator("#consent-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("consent-errors")).ToContainTextAsync("Kies een doel.");
        await Assertions.Expect(page.GetByTestId("consent-errors")).ToContainTextAsync("Kies ja, nee of niet vastgelegd.");
        await Screenshots.SaveAsync(page, "consent-form-nothing-preselected");
    }
}
