using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;

namespace Protocolwacht.Browser.Tests.Language;

/// <summary>
/// Stop 38: the pupil erasure page was the last page an English reader saw all in Dutch. It only shows the page (the
/// erasure itself is in Web.Tests' EnglishReaderHistoryTests): on a desktop and on a phone, screenshots in artifacts/.
/// </summary>
[Collection(WorkflowCollection.Name)]
public class EnglishErasePageTests(BrowserFixture server)
{
    [Theory]
    [InlineData(1280, 720, "erase-page-en")]
    [InlineData(390, 844, "erase-page-en-phone")]
    public async Task ErasePage_ForAnEnglishReader_IsInEnglish(int width, int height, string screenshot)
    {
        var admin = await server.NewPageAsync(viewport: new ViewportSize { Width = width, Height = height });
        await BrowserFixture.SignInAsync(admin, "sanne.deboer");
        await admin.GotoAsync("/privacy/pupils/daan.kok/erase");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Leerling definitief wissen" })).ToBeVisibleAsync();

        await admin.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Erase student", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Erase student permanently" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByLabel("I understand that erasing cannot be undone.")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("main")).Not.ToContainTextAsync("wissen");
        await Screenshots.SaveAsync(admin, screenshot);
        await admin.Context.CloseAsync();
    }
}
