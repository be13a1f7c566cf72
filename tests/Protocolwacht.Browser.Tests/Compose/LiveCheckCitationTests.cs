using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Accessibility;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;
using Protocolwacht.Checks.Guidelines;
using ProtocolParts = Protocolwacht.Checks.Guidelines.Protocol;

namespace Protocolwacht.Browser.Tests.Compose;

/// <summary>
/// The live check's protocol citations as the composer and the reply page draw them (composer.js, reply-check.js), until
/// stop 44 tested only as the JSON they get: an English writer reads the English sentence with the protocol's Dutch
/// titles set apart after it, quoted and lang="nl"; a Dutch writer reads each title once, the finding's own part named
/// beside the sentence (in its summary) and not again at the sentence's end. On the page walks' app (no app of its own):
/// the reply page answers the walk's reaction. Eva de Groot writes; no other test on this app does.
/// Screenshots in artifacts/screenshots/live-citations-*.png.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class LiveCheckCitationTests(BrowserFixture server)
{
    // Cites Richtlijn 3 (the finding's own part) and Don'ts, punt 5.
    private const string Confidential =
        "Vanavond bespreekt de MR de mogelijke sluiting van onze dependance aan de Esweg. Dit is nog niet met ouders gecommuniceerd, dus graag even stilhouden.";

    // Arguing with a parent: cites Don'ts, punt 4 and Richtlijn 4, one of them the finding's own part.
    private const string Argument = "Dat klopt niet, de sportdag staat al sinds september in de nieuwsbrief.";

    [Fact]
    public async Task LiveCheck_ComposerAndReplyPage_SetTheDutchCitationApartInEnglish_AndNameEachTitleOnceInDutch()
    {
        var reply = await PageWalk.ReplyOnceAsync(server);
        var eva = await server.NewPageAsync(viewport: Viewports.Desktop);
        await SignInAndAcknowledgeAsync(eva, "eva.degroot");
        var (confidential, otherPart) = (ProtocolParts.R3, ProtocolParts.DONT5);

        // Dutch: the other part stays in the sentence, the finding's own part is named once, in its summary.
        await WriteAsync(eva, "/compose", "post-text-input", Confidential, composer: true);
        var composerNl = Finding(eva, "live-finding", confidential.Title);
        await Assertions.Expect(composerNl.Locator("strong")).ToContainTextAsync($"({otherPart.Title})");
        Assert.Equal(1, Occurrences(await composerNl.InnerTextAsync(), confidential.Title));
        Assert.Equal(1, Occurrences(await composerNl.InnerTextAsync(), otherPart.Title));
        await Assertions.Expect(composerNl.GetByTestId("finding-citation")).ToHaveCountAsync(0);
        await WriteAsync(eva, reply, "reply-text", Argument);
        var replyNl = eva.GetByTestId("reply-live-finding").First;
        var (own, cited) = await DiscussionPartsAsync(replyNl);
        Assert.Equal(1, Occurrences(await replyNl.InnerTextAsync(), own.Title));
        Assert.Equal(1, Occurrences(await replyNl.InnerTextAsync(), cited.Title));
        await Assertions.Expect(replyNl.GetByTestId("finding-citation")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(eva, "live-citations-reply-nl");

        await eva.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        try
        {
            await InEnglishAsync(eva, reply, (confidential, otherPart), (own, cited));
        }
        finally
        {
            // The choice is saved for Eva, and KeyboardTests writes as her in Dutch on the same app.
            await eva.GotoAsync("/protocol");
            await eva.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
            await eva.Context.CloseAsync();
        }
    }

    /// <summary>The same two checks read in English: the composer's confidential finding and the reply's discussion finding.</summary>
    private static async Task InEnglishAsync(IPage eva, string reply, (Guideline Own, Guideline Other) composer, (Guideline Own, Guideline Cited) discussion)
    {
        var ((confidential, otherPart), (own, cited)) = (composer, discussion);
        // English: the sentence has no Dutch title; the other part is quoted after it in Dutch, the own part in the summary.
        await WriteAsync(eva, reply, "reply-text", Argument);
        var replyEn = Finding(eva, "reply-live-finding", own.Title);
        await Assertions.Expect(replyEn.GetByTestId("finding-citation").Locator("q[lang=nl]")).ToHaveTextAsync(cited.Title);
        await Assertions.Expect(replyEn.GetByTestId("finding-citation")).ToContainTextAsync("Protocol (in Dutch):");
        await Assertions.Expect(replyEn.Locator("summary span[lang=nl]")).ToHaveTextAsync($"{own.Title} ({own.Id})");
        await Assertions.Expect(replyEn.Locator("summary")).ToContainTextAsync("protocol in Dutch");
        Assert.Equal(1, Occurrences(await replyEn.InnerTextAsync(), cited.Title));
        Assert.Equal(1, Occurrences(await replyEn.InnerTextAsync(), own.Title));
        await Screenshots.SaveAsync(eva, "live-citations-reply-en");
        await WriteAsync(eva, "/compose", "post-text-input", Confidential, composer: true);
        var composerEn = Finding(eva, "live-finding", confidential.Title);
        await Assertions.Expect(composerEn.Locator("strong")).Not.ToContainTextAsync(otherPart.Title);
        await Assertions.Expect(composerEn.Locator("strong")).Not.ToContainTextAsync(confidential.Title);
        await Assertions.Expect(composerEn.GetByTestId("finding-citation").Locator("q[lang=nl]")).ToHaveTextAsync(otherPart.Title);
        Assert.Equal(1, Occurrences(await composerEn.InnerTextAsync(), confidential.Title));
        await composerEn.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(eva, "live-citations-composer-en");
    }

    /// <summary>
    /// The discussion finding's own part (its summary) and the part its sentence cites besides: the check cites both
    /// Don'ts, punt 4 and Richtlijn 4, and makes either the finding's own depending on how the reply argues.
    /// </summary>
    private static async Task<(Protocolwacht.Checks.Guidelines.Guideline Own, Protocolwacht.Checks.Guidelines.Guideline Cited)> DiscussionPartsAsync(ILocator finding)
    {
        var summary = await finding.Locator("summary span[lang=nl]").InnerTextAsync();
        var (dont4, r4) = (ProtocolParts.DONT4, ProtocolParts.R4);
        Assert.Contains(summary, new[] { $"{dont4.Title} ({dont4.Id})", $"{r4.Title} ({r4.Id})" });
        return summary.StartsWith(dont4.Title, StringComparison.Ordinal) ? (dont4, r4) : (r4, dont4);
    }

    /// <summary>
    /// Opens <paramref name="url"/> and types <paramref name="text"/> into its text box: on the composer after choosing De
    /// Regenboog's X account, on the reply page after choosing a parent as the reaction's writer.
    /// </summary>
    private static async Task WriteAsync(IPage page, string url, string textBox, string text, bool composer = false)
    {
        await page.GotoAsync(url);
        if (composer)
        {
            await page.GetByTestId("account-regenboog-x").CheckAsync();
        }

        else
        {
            await page.GetByTestId("audience-parent").CheckAsync(); // the reaction's writer as the author chooses: a parent
        }

        await page.GetByTestId(textBox).FillAsync(text);
    }

    /// <summary>The live finding whose summary names <paramref name="ownTitle"/>, once the check has answered.</summary>
    private static ILocator Finding(IPage page, string testId, string ownTitle) =>
        page.GetByTestId(testId).Filter(new() { Has = page.Locator("summary span[lang=nl]", new() { HasText = ownTitle }) });

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
