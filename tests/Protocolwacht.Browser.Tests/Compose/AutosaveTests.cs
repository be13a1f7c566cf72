using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;
using Protocolwacht.TestSupport;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Compose;

/// <summary>Issue #12 item 2 in a real browser: the draft is saved while typing and when the page is left, always as one draft.</summary>
[Collection(WorkflowCollection.Name)]
public partial class AutosaveTests(BrowserFixture server)
{
    [Fact]
    public async Task Typing_SavesTheDraftByItself_AReloadContinuesIt_AndLeavingSavesTheRest()
    {
        var lotte = await server.NewPageAsync();
        await SignInAndAcknowledgeAsync(lotte, "lotte.visser");
        await lotte.GotoAsync("/compose");
        await lotte.GetByTestId("account-konot-linkedin").CheckAsync();
        await lotte.GetByLabel("Tekst").PressSequentiallyAsync("De jaarrekening van Konot staat online.");

        await Assertions.Expect(lotte.GetByTestId("autosave-status")).ToContainTextAsync("Concept opgeslagen om");
        await Assertions.Expect(lotte).ToHaveURLAsync(EditPage());
        await lotte.ReloadAsync();
        await Assertions.Expect(lotte.GetByLabel("Tekst")).ToHaveValueAsync("De jaarrekening van Konot staat online.");

        // Leaving before the pause is over still saves (keepalive on pagehide), into the same draft.
        await lotte.GetByLabel("Tekst").PressAsync("Control+End");
        await lotte.GetByLabel("Tekst").PressSequentiallyAsync(" Lees mee!");
        await lotte.GotoAsync("/posts");
        Assert.True(await Eventually.TrueAsync(
            () => server.App.WithDbAsync(db => db.Posts.AnyAsync(p => p.AuthorId == "lotte.visser" && p.Text.EndsWith("Lees mee!"))),
            TimeSpan.FromSeconds(10)), await server.App.WithDbAsync(db => db.Posts.Where(p => p.AuthorId == "lotte.visser").Select(p => p.Text).FirstAsync()));
        await lotte.ReloadAsync();
        var mine = lotte.GetByTestId("post-list").Locator("li");
        await Assertions.Expect(mine).ToHaveCountAsync(1);
        await Assertions.Expect(mine).ToContainTextAsync("De jaarrekening van Konot staat online. Lees mee! — concept");

        // The same draft in two tabs: the second tab's save over the first tab's text is refused, shows both versions
        // beside each other with the author's own text still in the box, and keeping it is one key press away.
        var id = await server.App.WithDbAsync(db => db.Posts.Where(p => p.AuthorId == "lotte.visser").Select(p => p.Id).SingleAsync());
        var second = await lotte.Context.NewPageAsync();
        await lotte.GotoAsync($"/compose/{id}");
        await second.GotoAsync($"/compose/{id}");
        await Assertions.Expect(second.GetByTestId("autosave-conflict")).ToBeHiddenAsync();
        await TypeAtTheEndAsync(lotte, " Tab een.");
        await Assertions.Expect(lotte.GetByTestId("autosave-status")).ToContainTextAsync("Concept opgeslagen om");
        await TypeAtTheEndAsync(second, " Tab twee.");

        await Assertions.Expect(second.GetByTestId("autosave-conflict")).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByTestId("autosave-status")).ToContainTextAsync("in een ander venster of tabblad gewijzigd");
        await Assertions.Expect(second.GetByTestId("conflict-theirs").Locator("del")).ToHaveTextAsync("een.");
        await Assertions.Expect(second.GetByTestId("conflict-mine").Locator("ins")).ToHaveTextAsync("twee.");
        await Assertions.Expect(second.GetByLabel("Tekst")).ToHaveValueAsync("De jaarrekening van Konot staat online. Lees mee! Tab twee.");
        Assert.EndsWith("Tab een.", await server.App.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.Text).SingleAsync()), StringComparison.Ordinal);
        await second.GetByLabel("Tekst").PressAsync("Tab");
        await Assertions.Expect(second.GetByTestId("conflict-keep-mine")).ToBeFocusedAsync();
        await second.Keyboard.PressAsync("Enter");

        await Assertions.Expect(second.GetByTestId("autosave-status")).ToContainTextAsync("Concept opgeslagen om");
        await Assertions.Expect(second.GetByTestId("autosave-conflict")).ToBeHiddenAsync();
        Assert.EndsWith("Tab twee.", await server.App.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.Text).SingleAsync()), StringComparison.Ordinal);

        // The first tab, typing on, is told in its turn, and takes the other version over.
        await TypeAtTheEndAsync(lotte, " Nog iets.");
        await Assertions.Expect(lotte.GetByTestId("autosave-conflict")).ToBeVisibleAsync();
        await lotte.GetByTestId("conflict-take-theirs").ClickAsync();
        await Assertions.Expect(lotte.GetByLabel("Tekst")).ToHaveValueAsync("De jaarrekening van Konot staat online. Lees mee! Tab twee.");
        await Assertions.Expect(lotte.GetByTestId("autosave-conflict")).ToBeHiddenAsync();

        // Stop 47: the button of a stale tab takes the same path. The second tab saves on; the first, which has not seen
        // that, presses "Concept opslaan": refused, its own text stays in the box beside the other version, and
        // "Mijn tekst bewaren" sends it again, knowingly.
        await TypeAtTheEndAsync(second, " Knop twee.");
        // Its status still reads "Concept opgeslagen om" from the save before: wait for the draft itself.
        Assert.True(await Eventually.TrueAsync(
            () => server.App.WithDbAsync(db => db.Posts.AnyAsync(p => p.Id == id && p.Text.EndsWith("Knop twee."))), TimeSpan.FromSeconds(15)));
        await TypeAtTheEndAsync(lotte, " Knop een.");
        await lotte.GetByTestId("save-draft").ClickAsync();

        await Assertions.Expect(lotte.GetByTestId("conflict-refused")).ToContainTextAsync("in een ander venster of tabblad gewijzigd");
        await Assertions.Expect(lotte.GetByTestId("autosave-conflict")).ToBeVisibleAsync();
        await Assertions.Expect(lotte.GetByLabel("Tekst")).ToHaveValueAsync("De jaarrekening van Konot staat online. Lees mee! Tab twee. Knop een.");
        await Assertions.Expect(lotte.GetByTestId("conflict-theirs").Locator("del")).ToHaveTextAsync("twee.");
        await Assertions.Expect(lotte.GetByTestId("conflict-mine").Locator("ins")).ToHaveTextAsync("een.");
        Assert.EndsWith("Knop twee.", await server.App.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.Text).SingleAsync()), StringComparison.Ordinal);
        Assert.EndsWith("?handler=Save", lotte.Url, StringComparison.Ordinal);
        await lotte.GetByTestId("conflict-keep-mine").ClickAsync();

        // Saved with the button's check, and back on the draft's own address (the refused send's was ?handler=Save).
        await Assertions.Expect(lotte).ToHaveURLAsync(EditPage());
        await Assertions.Expect(lotte.GetByTestId("autosave-conflict")).ToBeHiddenAsync();
        await Assertions.Expect(lotte.GetByLabel("Tekst")).ToHaveValueAsync("De jaarrekening van Konot staat online. Lees mee! Tab twee. Knop een.");
        Assert.EndsWith("Knop een.", await server.App.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.Text).SingleAsync()), StringComparison.Ordinal);
        await second.CloseAsync();
    }

    private static async Task TypeAtTheEndAsync(IPage page, string words)
    {
        await page.GetByLabel("Tekst").PressAsync("Control+End");
        await page.GetByLabel("Tekst").PressSequentiallyAsync(words);
    }

    [GeneratedRegex("/compose/[0-9a-f-]{36}$")]
    private static partial Regex EditPage();
}
