using System.Globalization;
using Protocolwacht.Checks.Guidelines;
using Protocolwacht.History.Insight;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>The insight's figures as the page's charts and tables, in the order shown; each one's name is its CSV's name.</summary>
public static class InsightCharts
{
    public const string BoardLabel = "bestuur";

    public static IReadOnlyList<BarChart> From(InsightFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return
        [
            new("richtlijn", "Bevindingen per richtlijn", "Richtlijn", "Bevindingen",
                [.. figures.FindingsByGuideline.Select(c => new BarChartRow(c.Key, c.Count, [GuidelineCatalog.TitleOf(c.Key)]))], ["Titel"], ExtrasInDutch: true),
            new("categorie", "Bevindingen per categorie", "Categorie", "Bevindingen",
                [.. figures.FindingsByCategory.Select(c => new BarChartRow(c.Key, c.Count))]),
            Groups("school", "Bevindingen per school", "School", figures.BySchool.Select(g => g with { Key = g.Key.Length == 0 ? BoardLabel : g.Key })),
            Groups("account", "Bevindingen per account", "Account", figures.ByAccount),
            Groups("maand", "Bevindingen per maand", "Maand", figures.ByMonth.Select(g => g with { Key = MonthLabel(g.Key) })),
        ];
    }

    /// <summary>The most frequent findings as a table (the CSV <c>vaak</c>); the page adds the example links.</summary>
    public static BarChart Frequent(InsightFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new("vaak", "Meest voorkomende bevindingen", "Richtlijn en categorie", "Bevindingen",
            [.. figures.Frequent.Select(f => new BarChartRow($"{f.Guideline} {f.Category}", f.Count, [GuidelineCatalog.TitleOf(f.Guideline)]))], ["Titel"], ExtrasInDutch: true);
    }

    /// <summary>"2024-09" for 202409.</summary>
    public static string MonthLabel(string yyyymm) =>
        yyyymm.Length == 6 ? $"{yyyymm[..4]}-{yyyymm[4..]}" : yyyymm;

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

    public static string Share(int part, int whole) =>
        whole == 0 ? "0%" : string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"{100.0 * part / whole:0.#}%");

    private static BarChart Groups(string table, string title, string label, IEnumerable<InsightGroup> groups) =>
        new(table, title, label, "Bevindingen",
            [.. groups.Select(g => new BarChartRow(g.Key, g.Findings, [Count(g.Posts), Count(g.NeededAdvice), Share(g.NeededAdvice, g.Posts), Count(g.Authors)]))],
            ["Berichten", "Advies nodig", "Aandeel advies nodig", "Auteurs (aantal)"]);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
