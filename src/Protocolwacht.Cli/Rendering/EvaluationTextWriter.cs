using System.Globalization;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Evaluation;

namespace Protocolwacht.Cli.Rendering;

/// <summary>The Dutch, human-readable report of <c>protocolwacht eval</c>.</summary>
internal sealed class EvaluationTextWriter(TextWriter output)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public void Write(string corpus, EvaluationReport report, IReadOnlyList<SkippedLine> skipped)
    {
        output.WriteLine($"Evaluatie van {report.Cases} berichten uit {corpus}");
        output.WriteLine();
        output.WriteLine("Verwarringsmatrix (rijen: verwacht oordeel, kolommen: oordeel van de controle)");
        output.WriteLine($"  {"",-10}{"allow",8}{"doubt",8}{"block",8}{"totaal",9}");
        foreach (var expected in ConfusionMatrix.Verdicts)
        {
            var cells = string.Concat(ConfusionMatrix.Verdicts.Select(p => $"{report.Matrix[expected, p],8}"));
            output.WriteLine($"  {expected.ToCode(),-10}{cells}{report.Matrix.Expected(expected),9}");
        }

        output.WriteLine($"  {"totaal",-10}{string.Concat(ConfusionMatrix.Verdicts.Select(p => $"{report.Matrix.Predicted(p),8}"))}{report.Cases,9}");
        output.WriteLine();
        output.WriteLine($"Nauwkeurigheid oordeel:  {Format(report.Accuracy)}");
        output.WriteLine($"Gemiste blokkades:       {Format(report.MissedBlocks)}  (block verwacht, allow gegeven)");
        output.WriteLine($"Onterechte blokkades:    {Format(report.FalseBlocks)}  (allow verwacht, block gegeven)");
        output.WriteLine();
        output.WriteLine("Per categorie (twijfel/blokkeren tegen 'categories', advies tegen 'advice')");
        output.WriteLine($"  {"categorie",-20}{"TP",5}{"FP",5}{"FN",5}{"precisie",10}{"recall",9}{"F1",8}");
        foreach (var score in report.Categories)
        {
            output.WriteLine($"  {score.Category,-20}{score.TruePositives,5}{score.FalsePositives,5}{score.FalseNegatives,5}{Number(score.Precision),10}{Number(score.Recall),9}{Number(score.F1),8}");
        }

        if (report.Categories.Count > 0)
        {
            var lowest = report.Categories.MinBy(s => s.F1)!;
            output.WriteLine($"  Laagste F1: {Number(lowest.F1)} ({lowest.Category})");
        }

        var misclassified = report.Misclassified.ToList();
        output.WriteLine();
        output.WriteLine($"Verkeerd oordeel ({misclassified.Count}):");
        WriteDifferences(misclassified);

        var categoryOnly = report.Differences.Where(d => !d.VerdictWrong).ToList();
        output.WriteLine();
        output.WriteLine($"Juist oordeel, afwijkende categorieën ({categoryOnly.Count}):");
        WriteDifferences(categoryOnly);

        if (skipped.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Overgeslagen regels ({skipped.Count}):");
            foreach (var line in skipped)
            {
                output.WriteLine($"  {line.Error}");
            }
        }
    }

    private void WriteDifferences(IEnumerable<CaseDifference> differences)
    {
        foreach (var d in differences)
        {
            var parts = new List<string>();
            if (d.Missing.Count > 0)
            {
                parts.Add($"mist: {string.Join(", ", d.Missing)}");
            }

            if (d.Extra.Count > 0)
            {
                parts.Add($"extra: {string.Join(", ", d.Extra)}");
            }

            var categories = parts.Count > 0 ? $"; {string.Join("; ", parts)}" : string.Empty;
            output.WriteLine($"  {d.Id}: verwacht {d.Expected.ToCode()}, gegeven {d.Predicted.ToCode()}{categories}");
        }
    }

    private static string Format(Rate rate) =>
        $"{Number(rate.Value)} ({rate.Count.ToString(Dutch)}/{rate.OutOf.ToString(Dutch)})";

    private static string Number(double? value) => value is double v ? v.ToString("0.000", Dutch) : "–";
}
