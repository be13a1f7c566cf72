using System.Globalization;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Guidelines;
using Protocolwacht.History.Insight;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>The insight's figures as the page's charts and tables, in the order shown; each one's name is its CSV's name.</summary>
public static class InsightCharts
{
    /// <summary>The charts in the page's order; schools and accounts labelled by <paramref name="names"/>, their ids kept for the CSV.</summary>
    public static IReadOnlyList<BarChart> From(InsightFigures figures, InsightFormat format, InsightNames names)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(names);
        return
        [
            new("richtlijn", "Bevindingen per richtlijn", "Richtlijn", "Bevindingen",
                [.. figures.FindingsByGuideline.Select(c => new BarChartRow(c.Key, c.Count, [GuidelineCatalog.TitleOf(c.Key)]))], ["Titel"], ExtrasInDutch: true),
            new BarChart("categorie", "Bevindingen per categorie", "Categorie", "Bevindingen",
                [.. figures.FindingsByCategory.Select(c => new BarChartRow(CategoryNames.Of(c.Key), c.Count) { Id = c.Key, TranslatesLabel = true })]) with { IdHeader = CategoryCodeHeader },
            Groups("school", "Bevindingen per school", "School", figures.BySchool, key => key.Length == 0 ? Protocol.SchoolNames.Board : names.School(key), format) with { IdHeader = "School-id" },
            Groups("account", "Bevindingen per account", "Account", figures.ByAccount, names.Account, format) with { IdHeader = "Account-id" },
            Groups("maand", "Bevindingen per maand", "Maand", figures.ByMonth, format.Month, format),
        ];
    }

    /// <summary>
    /// The most frequent findings as a table (the CSV <c>vaak</c>): "DONT2 te populair taalgebruik", the category's code in
    /// a column of its own; the page builds its own table from the figures and adds the example links.
    /// </summary>
    public static BarChart Frequent(InsightFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var chart = new BarChart("vaak", "Meest voorkomende bevindingen", "Richtlijn en categorie", "Bevindingen",
            [.. figures.Frequent.Select(f => new BarChartRow($"{f.Guideline} {CategoryNames.Of(f.Category)}", f.Count, [GuidelineCatalog.TitleOf(f.Guideline)]) { Id = f.Category })],
            ["Titel"], ExtrasInDutch: true);
        return chart with { IdHeader = CategoryCodeHeader };
    }

    // The CSV keeps a category's code beside its name (BarChart.IdHeader): the name is for the reader, the code joins
    // the CSV to the batch output and the check's files, which know only codes.
    private const string CategoryCodeHeader = "Categorie-code";

    // "u" (uur) is Dutch: the page prints the duration through T, and UiText's entry for this template gives "2 h 05 min".
    private const string HoursAndMinutes = "{0} u {1} min";

    /// <summary>"2 u 05 min" for a wait in seconds; "—" without one.</summary>
    public static string Duration(long? seconds)
    {
        if (seconds is not { } s)
        {
            return "—";
        }

        var span = TimeSpan.FromSeconds(s);
        return span.TotalHours >= 1
            ? string.Format(CultureInfo.InvariantCulture, HoursAndMinutes, (int)span.TotalHours, span.Minutes.ToString("00", CultureInfo.InvariantCulture))
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes} min");
    }

    private static BarChart Groups(string table, string title, string label, IEnumerable<InsightGroup> groups, Func<string, string> labelOf, InsightFormat format) =>
        new(table, title, label, "Bevindingen",
            [.. groups.Select(g => new BarChartRow(labelOf(g.Key), g.Findings,
                [format.Count(g.Posts), format.Count(g.NeededAdvice), format.Share(g.NeededAdvice, g.Posts), format.Count(g.Authors)]) { Id = g.Key, TranslatesLabel = g.Key.Length == 0 })],
            ["Berichten", "Advies nodig", "Aandeel advies nodig", "Auteurs (aantal)"]);
}
