using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Stop 39's walk through the app on a phone, what a person would notice: the composer's errors were Dutch for an
/// English reader and did not say which field they were about. Screenshots in artifacts/. In the phone walk's
/// collection, whose post it reuses.
/// </summary>
[Collection(PhoneWalkCollection.Name)]
public class PhoneReadingTests(BrowserFixture server)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task ComposerErrors_EnglishPhone_AreEnglish_AndLeadToTheirField()
    {
        await PageWalk.PostWithAdviceRequestAsync(server); // Tom acknowledges the protocol there, before he may compose
        var tom = await PageWalk.SignedInAsync(server, "tom.hendriks", Viewports.Phone);
        await tom.GotoAsync("/compose");
        await tom.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await tom.GetByTestId("account-regenboog-x").CheckAsync();
        await tom.Locator("#post-text").FillAsync("Onze klas heeft vandaag getekend.");
        await tom.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "klas.png", MimeType = "image/png", Buffer = Png });

        await tom.GetByTestId("save-and-continue").ClickAsync();

        var errors = tom.GetByTestId("form-errors");
        await Assertions.Expect(errors).ToContainTextAsync("Describe what can be seen in the image 'klas.png' (alt text)");
        await Assertions.Expect(errors).Not.ToContainTextAsync("Beschrijf");
        await Screenshots.SaveAsync(tom, "composer-errors-en-phone");
        await errors.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(tom.Locator("#upload-description")).ToBeInViewportAsync();
        await tom.Context.CloseAsync();
    }
}
