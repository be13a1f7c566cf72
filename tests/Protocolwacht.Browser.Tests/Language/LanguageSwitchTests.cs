using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;

namespace Protocolwacht.Browser.Tests.Language;

/// <summary>Issue #12 item 7: the language switch in the footer, used with the keyboard, without JavaScript of its own.</summary>
[Collection(WorkflowCollection.Name)]
public class LanguageSwitchTests(BrowserFixture server)
{
    [Fact]
    public async Task Switch_ToEnglishWithTheKeyboard_ShowsThePageInEnglish_AndBack()
    {
        var ahmed = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(ahmed, "ahmed.elamrani");
        await ahmed.GotoAsync("/protocol");
        var html = ahmed.Locator("html");
        var switcher = ahmed.GetByTestId("language-switch");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(ahmed.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();

        await switcher.GetByRole(AriaRole.Button, new() { Name = "English" }).FocusAsync();
        await ahmed.Keyboard.PressAsync("Enter");

        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");
        Assert.EndsWith("/protocol", ahmed.Url, StringComparison.Ordinal);
        await Assertions.Expect(ahmed.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Assertions.Expect(ahmed.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" })).ToBeVisibleAsync();
        await Assertions.Expect(switcher.GetByRole(AriaRole.Button, new() { Name = "English" })).ToHaveAttributeAsync("aria-pressed", "true");

        await switcher.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();

        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(ahmed.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();
        await ahmed.Context.CloseAsync();
    }
}
