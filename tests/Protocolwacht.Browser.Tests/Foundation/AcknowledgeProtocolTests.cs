using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Safety;

namespace Protocolwacht.Browser.Tests.Foundation;

[Collection(SafetyCollection.Name)]
public class AcknowledgeProtocolTests(BrowserFixture browser)
{
    [Fact]
    public async Task Medewerker_SignsInReadsAndAcknowledgesTheProtocol_AdminSeesIt()
    {
        var teacher = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(teacher, "tom.hendriks");
        await teacher.GotoAsync("/protocol");

        // The protocol is rendered part by part, addressable by its guideline ids.
        await Assertions.Expect(teacher.Locator("#R4")).ToContainTextAsync("Ga niet in discussie");
        await teacher.GetByLabel("Ik heb dit protocol gelezen en begrepen").CheckAsync();
        await teacher.Locator("#acknowledge-submit").ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("protocol-acknowledged")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(teacher, "protocol-acknowledged");

        var admin = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "sanne.deboer");
        await admin.GotoAsync("/protocol/acknowledgements");
        await Assertions.Expect(admin.GetByTestId("done-acknowledgements").Locator("tr[data-staff='tom.hendriks']")).ToHaveCountAsync(1);
        await Assertions.Expect(admin.GetByTestId("pending-acknowledgements").Locator("tr[data-staff='fatima.yilmaz']")).ToHaveCountAsync(1);
        await Assertions.Expect(admin.GetByTestId("pending-acknowledgements").Locator("tr[data-staff='tom.hendriks']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Protocol_IsPublicWithoutSignIn()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/protocol");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("#ACCOUNT")).ToContainTextAsync("Stafmedewerkers");
        await Assertions.Expect(page.Locator("#acknowledge-form")).ToHaveCountAsync(0);
    }
}
