using System.Net;
using System.Text.RegularExpressions;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>
/// Tables whose rows are things (a role holder, an account's platform decision) are a card per row on a phone
/// (site.css's stacked-table), each cell saying what it is: stop 51's phone walk found them scrolled sideways, the
/// name or the status out of sight. The browser test that the cards fit the screen is PhoneReadingTests'.
/// </summary>
public sealed partial class StackedTablesTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Theory]
    [InlineData("/roles", "role-holders", "<tr data-testid=\"role-holder\" data-staff=\"sanne.deboer\"", 3)]
    [InlineData("/platform-decisions", "decision-overview", "<tr data-testid=\"decision\" data-account=\"kompas-instagram\"", 6)]
    public async Task ThingTable_IsStacked_EveryValueCellLabelled(string url, string table, string rowStart, int labelledCells)
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");

        var page = WebUtility.HtmlDecode(await sanne.GetStringAsync(new Uri(url, UriKind.Relative)));
        var start = page.IndexOf(rowStart, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{url}: no row {rowStart}");
        var row = page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];

        Assert.Matches($"<table class=\"stacked-table\" data-testid=\"{table}\"", page);
        Assert.Equal(labelledCells, CellLabel().Matches(row).Count);
    }

    [GeneratedRegex("<td[^>]*><span class=\"cell-label\">")]
    private static partial Regex CellLabel();
}
