using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Stop 39's walk through the app on a phone, what a person would notice: the composer's errors were Dutch for an
/// English reader and did not say which field they were about; after such an error the chosen students and the photo
/// were gone without a word; the correction page's way back wrapped under its button as a bare link; the accounts
/// table squeezed "who may post" to a word per line. Screenshots in artifacts/. In the page walks' collection, whose
/// posts it reuses.
/// </summary>
[Collection(AccessibilityCollection.Name)]
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
        await tom.Locator("#upload-depicts").SelectOptionAsync(["noah.bos", "sara.ouali"]);
        await tom.Locator("#upload-permission").SelectOptionAsync("ja");

        await tom.GetByTestId("save-and-continue").ClickAsync();

        var errors = tom.GetByTestId("form-errors");
        await Assertions.Expect(errors).ToContainTextAsync("Describe what can be seen in the image 'klas.png' (alt text)");
        await Assertions.Expect(errors).Not.ToContainTextAsync("Beschrijf");
        await errors.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(tom.Locator("#upload-description")).ToBeInViewportAsync();
        // What was chosen is still chosen; the file, which no page can put back into a file field, the server kept
        // (KeptUploads): the page names it, and the next send uses it without choosing it again.
        Assert.Equal(["noah.bos", "sara.ouali"], await tom.Locator("#upload-depicts").EvaluateAsync<string[]>("s => Array.from(s.selectedOptions).map(o => o.value)"));
        await Assertions.Expect(tom.Locator("#upload-permission")).ToHaveValueAsync("ja");
        await Assertions.Expect(tom.GetByTestId("account-regenboog-x")).ToBeCheckedAsync();
        await Assertions.Expect(tom.GetByTestId("upload-kept")).ToContainTextAsync("The file 'klas.png' has been kept");
        await Assertions.Expect(tom.GetByTestId("upload-again")).ToHaveCountAsync(0);
        await tom.GetByTestId("upload-kept").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(tom, "composer-errors-en-phone");

        await tom.Locator("#upload-description").FillAsync("Kinderen tekenen aan een lange tafel");
        await tom.GetByTestId("save-and-continue").ClickAsync();
        await Assertions.Expect(tom).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/posts/[0-9a-f-]{36}$"));
        var id = Guid.Parse(tom.Url.Split('/')[^1]);
        var attachment = Assert.Single(await server.App.WithDbAsync(async db => (await db.Posts.SingleAsync(p => p.Id == id)).Attachments));
        Assert.Equal(["noah.bos", "sara.ouali"], attachment.DepictedStudentIds.Order(StringComparer.Ordinal));
        Assert.True(attachment.Permission);
        Assert.Equal("klas.png", attachment.FileName);
        await tom.Context.CloseAsync();
    }

    [Fact]
    public async Task CorrectionPage_Phone_TheWayBackIsASecondaryButton_ReadableAndLargeEnoughToTap()
    {
        await PageWalk.PostWithAdviceRequestAsync(server); // Tom acknowledges the protocol there, before he may compose
        var published = await PageWalk.PublishedOnceAsync(server);
        foreach (var (screen, viewport) in new[] { ("phone", Viewports.Phone), ("desktop", Viewports.Desktop) })
        {
            var tom = await PageWalk.SignedInAsync(server, "tom.hendriks", viewport);
            await tom.GotoAsync(published + "/correct");
            var submit = (await tom.GetByTestId("correct-submit").BoundingBoxAsync())!;
            var back = (await tom.GetByTestId("correct-back").BoundingBoxAsync())!;

            Assert.True(back.Height >= 24 && back.Width >= 24, $"{screen}: the way back is {back.Width}×{back.Height} px");
            Assert.True(back.Height <= submit.Height + 1, $"{screen}: the way back ({back.Height} px) wraps, the button is {submit.Height} px high");
            var besideOrUnder = back.Y >= submit.Y + submit.Height || (Math.Abs(back.Y - submit.Y) < 1 && back.X >= submit.X + submit.Width);
            Assert.True(besideOrUnder, $"{screen}: the way back at {back.X},{back.Y}; the button at {submit.X},{submit.Y} {submit.Width}×{submit.Height}");
            // axe on this page (Tom's "{published}/correct" at both sizes) is the page walks' (EveryPageTests, EveryPagePhoneTests).
            await Screenshots.SaveAsync(tom, "correct-" + screen);
            await tom.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task ReportPage_EnglishPhone_SaysWhereToTurnInDanger_OnTheFirstScreen()
    {
        var parent = await server.NewPageAsync("en", Viewports.Phone);
        await parent.GotoAsync("/melden");
        var emergency = parent.GetByTestId("emergency");

        await Assertions.Expect(emergency).ToHaveTextAsync("In immediate danger: call 112.");
        var box = (await emergency.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= Viewports.Phone.Height, $"the 112 notice ends at {box.Y + box.Height} px; the screen is {Viewports.Phone.Height} px high");
        await Screenshots.SaveAsync(parent, "report-en-phone");
        await parent.Context.CloseAsync();
    }

    [Fact]
    public async Task AccountsPage_Phone_EachAccountIsACard_WhoMayPostOnTheWholeWidth()
    {
        var phone = await PageWalk.SignedInAsync(server, "sanne.deboer", Viewports.Phone);
        await phone.GotoAsync("/accounts");
        var who = phone.Locator("tr[data-account='regenboog-x'] [data-testid='who-may-post']");
        var width = (await who.BoundingBoxAsync())!.Width;
        var desktop = await PageWalk.SignedInAsync(server, "sanne.deboer", Viewports.Desktop);
        await desktop.GotoAsync("/accounts");

        Assert.True(width >= 300, $"'Wie mag plaatsen' is {width} px wide on a 390 px screen");
        // Each cell is as high as its text (utrecht's one-line cell height made the lines of a card overlap).
        var overflowing = await phone.Locator("tr[data-account='regenboog-x'] td").EvaluateAllAsync<int>("cells => cells.filter(c => c.scrollHeight > c.clientHeight + 1).length");
        Assert.Equal(0, overflowing);
        await Assertions.Expect(who.Locator(".cell-label")).ToBeVisibleAsync(); // on a phone each value says what it is
        await Assertions.Expect(desktop.Locator("tr[data-account='regenboog-x'] [data-testid='who-may-post'] .cell-label")).ToBeHiddenAsync(); // the table's head says it
        // axe on this page (Sanne's "/accounts" on a phone) is the phone walk's (EveryPagePhoneTests).
        await Screenshots.SaveAsync(phone, "accounts-phone");
        await phone.Context.CloseAsync();
        await desktop.Context.CloseAsync();
    }

    /// <summary>
    /// Stop 51's phone walk: the staff table (five columns), the platform decisions (six) and the role holders (four)
    /// scrolled sideways inside their regions, the manager, the status or the name out of sight. Now each row is a card
    /// whose every line fits the screen.
    /// </summary>
    [Theory]
    [InlineData("/organisation", "tr[data-staff='tom.hendriks']")]
    [InlineData("/platform-decisions", "tr[data-account='kompas-instagram']")]
    [InlineData("/roles", "tr[data-staff='sanne.deboer']")]
    public async Task ThingTables_Phone_EachRowIsACardOnTheScreen_NothingScrollsSideways(string url, string row)
    {
        var phone = await PageWalk.SignedInAsync(server, "sanne.deboer", Viewports.Phone);
        await phone.GotoAsync(url);
        var cells = phone.Locator(row + " td");

        var rights = await cells.EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().right)");
        var scrolls = await phone.Locator(row).EvaluateAsync<bool>("r => { const s = r.closest('.table-scroll'); return s !== null && s.scrollWidth > s.clientWidth + 1; }");

        Assert.True(rights.Length >= 4, $"{url}: {rights.Length} cells");
        Assert.All(rights, right => Assert.True(right <= Viewports.Phone.Width, $"{url}: a cell ends at {right} px on a {Viewports.Phone.Width} px screen"));
        Assert.False(scrolls, $"{url}: the table still scrolls sideways");
        await Assertions.Expect(phone.Locator(row + " .cell-label").First).ToBeVisibleAsync();
        await phone.Context.CloseAsync();
    }
}
