using System.Text.Encodings.Web;
using System.Text.Json;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Evaluation;

namespace Protocolwacht.Cli.Rendering;

/// <summary>
/// The machine-readable report of <c>protocolwacht eval --json</c>: one JSON document with snake_case
/// names like the batch contract. Rates carry their counts; an undefined rate is null.
/// </summary>
internal static class EvaluationJsonWriter
{
    public static void Write(TextWriter output, string corpus, EvaluationReport report, IReadOnlyList<SkippedLine> skipped)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("corpus", corpus);
            json.WriteNumber("cases", report.Cases);

            json.WriteStartObject("confusion_matrix");
            foreach (var expected in ConfusionMatrix.Verdicts)
            {
                json.WriteStartObject(expected.ToCode());
                foreach (var predicted in ConfusionMatrix.Verdicts)
                {
                    json.WriteNumber(predicted.ToCode(), report.Matrix[expected, predicted]);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            WriteRate(json, "accuracy", report.Accuracy);
            WriteRate(json, "missed_block_rate", report.MissedBlocks);
            WriteRate(json, "false_block_rate", report.FalseBlocks);

            json.WriteStartArray("categories");
            foreach (var score in report.Categories)
            {
                json.WriteStartObject();
                json.WriteString("category", score.Category);
                json.WriteNumber("true_positives", score.TruePositives);
                json.WriteNumber("false_positives", score.FalsePositives);
                json.WriteNumber("false_negatives", score.FalseNegatives);
                json.WriteNumber("support", score.Support);
                WriteNumber(json, "precision", score.Precision);
                WriteNumber(json, "recall", score.Recall);
                WriteNumber(json, "f1", score.F1);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteDifferences(json, "misclassified", report.Differences.Where(d => d.VerdictWrong));
            WriteDifferences(json, "category_differences", report.Differences.Where(d => !d.VerdictWrong));

            json.WriteStartArray("skipped_lines");
            foreach (var line in skipped)
            {
                json.WriteStartObject();
                json.WriteNumber("line", line.LineNumber);
                json.WriteString("error", line.Error);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteDifferences(Utf8JsonWriter json, string name, IEnumerable<CaseDifference> differences)
    {
        json.WriteStartArray(name);
        foreach (var d in differences)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("expected", d.Expected.ToCode());
            json.WriteString("predicted", d.Predicted.ToCode());
            WriteLabels(json, "missing", d.Missing);
            WriteLabels(json, "extra", d.Extra);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLabels(Utf8JsonWriter json, string name, IReadOnlyList<CategoryLabel> labels)
    {
        json.WriteStartArray(name);
        foreach (var label in labels)
        {
            json.WriteStartObject();
            json.WriteString("category", label.Category);
            json.WriteBoolean("advice", label.IsAdvice);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRate(Utf8JsonWriter json, string name, Rate rate)
    {
        json.WriteStartObject(name);
        WriteNumber(json, "value", rate.Value);
        json.WriteNumber("count", rate.Count);
        json.WriteNumber("of", rate.OutOf);
        json.WriteEndObject();
    }

    // Four decimals: enough to compare against the targets, stable enough to diff.
    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
