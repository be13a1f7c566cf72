using System.Globalization;
using System.Text;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Checks.Evaluation;

namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// Runs the shared checker over a labelled corpus and scores it with the product's own
/// <see cref="Evaluator"/> (the figures <c>protocolwacht eval</c> prints), so tests and CLI measure alike.
/// </summary>
internal static class CorpusRun
{
    public static EvaluationReport Evaluate(string path)
    {
        var cases = new List<EvaluatedCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = BatchFormat.ParseLine(line, lineNumber);
            var labels = CorpusLabels.Parse(line, out var error);
            Assert.True(parsed.Request is not null && labels is not null, $"{path}:{lineNumber}: {parsed.Error ?? error}");
            cases.Add(new EvaluatedCase(parsed.Id ?? lineNumber.ToString(CultureInfo.InvariantCulture), labels!, TestChecker.Instance.Check(parsed.Request!)));
        }

        return Evaluator.Evaluate(cases);
    }

    /// <summary>The figures and every difference, for the assertion message (and a file in the temp folder).</summary>
    public static string Describe(EvaluationReport report, string name)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{name}: {report.Cases} posts, accuracy {report.Accuracy.Value:0.000}, missed-block {report.MissedBlocks.Value:0.000} ({report.MissedBlocks.Count}/{report.MissedBlocks.OutOf}), false-block {report.FalseBlocks.Value:0.000} ({report.FalseBlocks.Count}/{report.FalseBlocks.OutOf})");
        foreach (var c in report.Categories)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"  {c.Category,-18} F1 {c.F1:0.00} (tp {c.TruePositives} fp {c.FalsePositives} fn {c.FalseNegatives})");
        }

        foreach (var d in report.Differences)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{d.Id}: expected {d.Expected}, got {d.Predicted}; missing [{string.Join(", ", d.Missing)}] extra [{string.Join(", ", d.Extra)}]");
        }

        var text = b.ToString();
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"protocolwacht-{name}-eval.txt"), text);
        return text;
    }

    /// <summary>A corpus of shared/corpus beside the repository (found by walking up to Protocolwacht.slnx).</summary>
    public static string Shared(string fileName)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Protocolwacht.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", fileName));
        Assert.True(File.Exists(path), $"corpus not found at {path}");
        return path;
    }

    /// <summary>A corpus written for this test project (Corpus/ beside the tests).</summary>
    public static string Local(string fileName) => Path.Combine(AppContext.BaseDirectory, "Corpus", fileName);

    /// <summary>Asserts a report reaches its floors: accuracy at least, missed and false blocks at most, every F1 at least.</summary>
    public static void AssertFigures(EvaluationReport report, string name, double accuracy, double missedBlock, double falseBlock, double minF1)
    {
        var description = CorpusRun.Describe(report, name);
        Assert.True(report.Accuracy.Value >= accuracy, description);
        // A batch without an expected block (or without an allowed post) has nothing to miss (or to block wrongly).
        Assert.True((report.MissedBlocks.Value ?? 0) <= missedBlock, description);
        Assert.True((report.FalseBlocks.Value ?? 0) <= falseBlock, description);
        foreach (var category in report.Categories)
        {
            Assert.True(category.F1 >= minF1, $"{category.Category}: F1 {category.F1:0.00}\n{description}");
        }
    }
}
