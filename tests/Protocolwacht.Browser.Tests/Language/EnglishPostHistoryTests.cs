using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Accessibility;
using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Language;

/// <summary>
/// Stop 38: a published post's history as an English reader sees it: the reasons the system wrote (the check's verdict,
/// the moment of publication) in English, the moment written as the page writes moments, and the archive's record kind
/// (stop 39). Screenshots in artifacts/.
/// In the page walks' collection, whose published post it reads: the workflow collection's walk-throughs have Tom
/// acknowledge the protocol through the page, which fails once a test has acknowledged it for him (stop 38's first run).
/// </summary>
[Collection(AccessibilityCollection.Name)]
public class EnglishPostHistoryTests(BrowserFixture server)
{
    [Theory]
    [InlineData(1280, 720, "post-history-en")]
    [InlineData(390, 844, "post-history-en-phone")]
    public async Task PublishedPost_ForAnEnglishReader_HasItsHistoryInEnglish(int width, int height, string screenshot)
    {
        await PageWalk.PostWithAdviceRequestAsync(server); // Tom acknowledges the protocol there, before he may compose
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
        var archive = admin.GetByTestId("archive-history"); // the record's kind (stop 39): "#1 gepubliceerd" before
        await Assertions.Expect(archive).ToContainTextAsync("published");
        await Assertions.Expect(archive).Not.ToContainTextAsync("gepubliceerd");
        await history.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(admin, screenshot);
        await admin.Context.CloseAsync();
    }
}
