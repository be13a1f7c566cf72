using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;
using UglyToad.PdfPig;

namespace Protocolwacht.Browser.Tests.Archive;

/// <summary>
/// The printable archive report (issue #10 item 5) really prints: headless Chromium renders /archive/report to PDF,
/// and the PDF holds the publication's record; printed, the page shows no navigation or controls.
/// </summary>
[Collection(WorkflowCollection.Name)]
public partial class ArchiveReportPrintTests(BrowserFixture server)
{
    private const string Text = "Het college van bestuur wenst alle leerlingen en ouders fijne feestdagen en een goed nieuwjaar.";

    [Fact]
    public async Task ArchiveReport_PrintedToPdf_HoldsThePublishedRecord_AndNoNavigation()
    {
        // A publication of its own (an author the other walk-throughs do not use), through the app's confirmation and undo period.
        await server.App.AcknowledgeProtocolAsync("peter.vandijk");
        using (var peter = await server.App.SignInAsync("peter.vandijk"))
        {
            var id = await peter.ComposeAsync(Text, "konot-x");
            await peter.PublishAsync(id);
        }

        await server.App.AdvanceAsync(server.App.UndoPeriod);

        var sanne = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(sanne, "sanne.deboer");
        var response = await sanne.GotoAsync("/archive/report");
        Assert.True(response is { Ok: true }, $"HTTP {response?.Status}");
        await Assertions.Expect(sanne.Locator("body")).ToContainTextAsync(Text);
        await sanne.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal(0, await VisibleAsync(sanne, "nav, header, footer, button, form, input, select, [role=navigation]"));
        var pdf = await sanne.PdfAsync(new() { Format = "A4" });

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 0);
        var printed = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains(Letters(Text), Letters(printed), StringComparison.Ordinal); // PDF text runs lose their spaces
        Assert.Contains(Letters("Peter van Dijk"), Letters(printed), StringComparison.Ordinal);
    }

    private static async Task<int> VisibleAsync(IPage page, string selector) =>
        await page.EvaluateAsync<int>("s => [...document.querySelectorAll(s)].filter(e => e.checkVisibility()).length", selector);

    // Compatibility forms first: Chromium prints "fi" as the ligature U+FB01, which the PDF's text gives back as such.
    private static string Letters(string text) => NotALetter().Replace(text.Normalize(NormalizationForm.FormKC), string.Empty);

    [GeneratedRegex(@"[^\p{L}\p{N}]")]
    private static partial Regex NotALetter();
}
