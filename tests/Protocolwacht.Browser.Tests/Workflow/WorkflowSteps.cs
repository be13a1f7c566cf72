using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Browser.Tests.Workflow;

/// <summary>The steps an author takes in every walk-through, done through the pages as a person would.</summary>
public static partial class WorkflowSteps
{
    /// <summary>
    /// Staff compose only after acknowledging the protocol, so every author starts here. Tests that share one app may
    /// sign in the same person (the page walks' collection: KeyboardTests and LiveCheckCitationTests both write as Eva
    /// de Groot), so an acknowledgement already given is kept rather than asked for again.
    /// </summary>
    public static async Task SignInAndAcknowledgeAsync(IPage page, string staffId)
    {
        ArgumentNullException.ThrowIfNull(page);
        await BrowserFixture.SignInAsync(page, staffId);
        await page.GotoAsync("/protocol");
        if (await page.GetByTestId("protocol-acknowledged").CountAsync() == 0)
        {
            await AcknowledgeProtocolAsync(page);
        }
    }

    /// <summary>The signed-in person reads the protocol and acknowledges it.</summary>
    public static async Task AcknowledgeProtocolAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/protocol");
        await page.GetByLabel("Ik heb dit protocol gelezen en begrepen").CheckAsync();
        await page.Locator("#acknowledge-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("protocol-acknowledged")).ToBeVisibleAsync();
    }

    /// <summary>Writes a post for one account and waits until the live check shows <paramref name="verdict"/>.</summary>
    public static async Task ComposeAsync(IPage page, string accountId, string text, string verdict, bool typeKeyByKey = false)
    {
        await page.GotoAsync("/compose");
        await page.GetByTestId("account-" + accountId).CheckAsync();
        var textBox = page.GetByLabel("Tekst");
        if (typeKeyByKey)
        {
            await textBox.PressSequentiallyAsync(text);
        }
        else
        {
            await textBox.FillAsync(text);
        }

        await Assertions.Expect(page.GetByTestId("live-verdict")).ToHaveAttributeAsync("data-verdict", verdict);
    }

    /// <summary>"Opslaan en verder": saves the draft and lands on the post's own page; returns its address.</summary>
    public static async Task<string> SaveAndOpenPostAsync(IPage page)
    {
        await page.GetByTestId("save-and-continue").ClickAsync();
        // A polled assertion on the address, not WaitForURL: that also waits for the new page's load event, which under three
        // busy test lanes can take longer than the timeout after the address has long changed (stop 57's sign-in, stop 58's
        // CI run). The caller's next locator waits for what it needs on the page.
        await Assertions.Expect(page).ToHaveURLAsync(PostPage(), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
        return PostPage().Match(page.Url).Groups[1].Value;
    }

    /// <summary>From the post's page through "Publiceren…" to the confirmation, which names the account.</summary>
    public static async Task OpenConfirmationAsync(IPage page, string accountHandle)
    {
        await page.GetByTestId("publish-post").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Publiceren bevestigen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("publish-accounts")).ToContainTextAsync(accountHandle);
    }

    /// <summary>"Ja, publiceren": back on the post's page the post waits out the undo period.</summary>
    public static async Task ConfirmAsync(IPage page)
    {
        await page.GetByTestId("confirm-publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("post-state")).ToHaveTextAsync("ingepland voor publicatie");
    }

    /// <summary>
    /// Lets the undo period pass on the app's clock (the publisher follows), then waits until the post's
    /// page shows the account's delivery as published.
    /// </summary>
    public static async Task WaitUntilPublishedAsync(ProtocolwachtApp app, IPage page)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(page);
        await app.AdvanceAsync(app.UndoPeriod);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("delivery-status")).ToHaveTextAsync("gepubliceerd");
    }

    /// <summary>The items on the sandbox timeline that carry exactly this text.</summary>
    public static async Task<ILocator> OnSandboxTimelineAsync(IPage page, string text)
    {
        await page.GotoAsync("/sandbox");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sandbox-tijdlijn" })).ToBeVisibleAsync();
        return page.GetByTestId("sandbox-item").Filter(new() { HasText = text });
    }

    /// <summary>http://host/posts/{guid}, with or without a query or a further path.</summary>
    [GeneratedRegex("^(.*/posts/[0-9a-f-]{36})(?:[/?#].*)?$")]
    private static partial Regex PostPage();
}
