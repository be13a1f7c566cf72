using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Safety;

namespace Protocolwacht.Browser.Tests.Foundation;

[Collection(SafetyCollection.Name)]
public class AdministratorTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_OpensConsentRegister_SeesRecordedConsentPerStudent()
    {
        var admin = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "sanne.deboer");

        await admin.GotoAsync("/consent?SchoolId=regenboog");

        var register = admin.GetByTestId("consent-register");
        await Assertions.Expect(register.Locator("tr[data-student='emma.dewit'] td[data-purpose='foto-social-media']")).ToHaveTextAsync("Nee");
        await Assertions.Expect(register.Locator("tr[data-student='noah.bos'] td[data-purpose='foto-social-media']")).ToHaveTextAsync("Ja");
        await Assertions.Expect(register.Locator("tr[data-student='daan.kok'] td[data-purpose='foto-social-media']")).ToHaveTextAsync("Niet vastgelegd");
        // Students of another school are not on this school's page.
        await Assertions.Expect(register.Locator("tr[data-student='milan.jacobs']")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(admin, "consent-register");
    }

    [Fact]
    public async Task Administrator_SeesAccountsAndWhoMayPost()
    {
        var admin = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "sanne.deboer");

        await admin.GotoAsync("/accounts");

        var accounts = admin.GetByTestId("accounts");
        await Assertions.Expect(accounts.Locator("tr[data-account='konot-x']")).ToContainTextAsync("@KonotOnderwijs");
        await Assertions.Expect(accounts.Locator("tr[data-account='regenboog-x']")).ToContainTextAsync("@RegenboogEsveld");
        await Assertions.Expect(accounts.Locator("tr[data-account='regenboog-x'] [data-testid='credential-status']")).ToHaveTextAsync("niet ingesteld");
        await Screenshots.SaveAsync(admin, "accounts");
    }

    [Fact]
    public async Task Medewerker_CannotOpenTheConsentRegisterOfAnotherSchool()
    {
        var teacher = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(teacher, "tom.hendriks");

        await teacher.GotoAsync("/consent?SchoolId=kompas");

        await Assertions.Expect(teacher.Locator("tr[data-student='milan.jacobs']")).ToHaveCountAsync(0);
    }
}
