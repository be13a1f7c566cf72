using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Accessibility;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;

namespace Protocolwacht.Browser.Tests.Language;

/// <summary>
/// Stop 38: a published post's history as an English reader sees it: the reasons the system wrote (the check's verdict,
/// the moment of publication) in English, the moment written as the page writes moments. Screenshots in artifacts/.
/// </summary>
[Collection(WorkflowCollection.Name)]
public class EnglishPostHistoryTests(BrowserFixture server)
{
    [Theory]
    [InlineData(1280, 720, "post-history-en")]
    [InlineData(390, 844, "post-history-en-phone")]
    public async Task PublishedPost_ForAnEnglishReader_HasItsHistoryInEnglish(int width, int height, string screenshot)
    {
        await server.App.AcknowledgeProtocolAsync("tom.hendriks");
        var post = await PageWalk.PublishedOnceAsync(server);
        var admin = await server.NewPageAsync(viewport: new ViewportSize { Width = width, Height = height });
        await BrowserFixture.SignInAsync(admin, "sanne.deboer");
        await admin.GotoAsync(post);
        await Assertions.Expect(admin.GetByTestId("transitions")).ToContainTextAsync("Publicatie vanaf");

        await admin.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        var history = admin.GetByTestId("transitions");
        await Assertions.Expect(history).ToContainTextAsync("Publication from");
        await Assertions.Expect(history).ToContainTextAsync("The check found nothing against the protocol.");
        await Assertions.Expect(history).Not.ToContainTextAsync("Publicatie vanaf");
        await history.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(admin, screenshot);
        await admin.Context.CloseAsync();
    }
}
