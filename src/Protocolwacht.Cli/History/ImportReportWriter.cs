using System.Globalization;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Guidelines;
using Protocolwacht.History.Import;
using Spectre.Console;

namespace Protocolwacht.Cli.History;

/// <summary>The import's report as Spectre.Console tables: verdicts per account and year, findings per guideline, category and year.</summary>
internal static class ImportReportWriter
{
    public static void Write(IAnsiConsole console, ImportReport report)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Import van {report.FileName} ({report.Format}) voor account {report.AccountId}: {report.Read} bericht(en) gelezen, {report.Added} toegevoegd aan het archief als 'geïmporteerd', {report.AlreadyPresent} stond(en) er al in."));
        if (report.Years.Count > 0)
        {
            var years = new Table().Title("Toegevoegd per account en jaar").AddColumns("Account", "Jaar", "Berichten", "Toegestaan", "Twijfel", "Geblokkeerd");
            foreach (var line in report.Years)
            {
                years.AddRow(Markup.Escape(line.AccountId), Number(line.Year), Number(line.Posts), Number(line.Allow), Number(line.Doubt), Number(line.Block));
            }

            console.Write(years);
        }

        if (report.Findings.Count > 0)
        {
            var findings = new Table().Title("Bevindingen per richtlijn, categorie en jaar").AddColumns("Account", "Richtlijn", "Categorie", "Jaar", "Aantal");
            foreach (var line in report.Findings)
            {
                findings.AddRow(Markup.Escape(line.AccountId), Markup.Escape($"{line.Guideline} {GuidelineCatalog.TitleOf(line.Guideline)}"), Markup.Escape(CategoryNames.Of(line.Category)), Number(line.Year), Number(line.Count));
            }

            console.Write(findings);
        }
        else if (report.Added > 0)
        {
            console.WriteLine("Geen bevindingen: alle toegevoegde berichten zijn in lijn met het protocol.");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
