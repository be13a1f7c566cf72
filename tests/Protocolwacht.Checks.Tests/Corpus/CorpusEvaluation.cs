using System.Text;
using System.Text.Json;
using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// Runs the checker over a labelled corpus (expected verdict, doubt/block categories and advice
/// categories per line) and computes the figures of issue 3: verdict accuracy, missed-block rate,
/// false-block rate, and precision/recall/F1 per category.
/// </summary>
internal sealed class CorpusEvaluation
{
    public int Total { get; private set; }
    public int Correct { get; private set; }
    public int ExpectedBlock { get; private set; }
    public int MissedBlock { get; private set; }
    public int ExpectedAllow { get; private set; }
    public int FalseBlock { get; private set; }
    public Dictionary<string, (int Tp, int Fp, int Fn)> Categories { get; } = [];
    public Dictionary<string, (int Tp, int Fp, int Fn)> Advice { get; } = [];
    public List<string> Mistakes { get; } = [];

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
    public double MissedBlockRate => ExpectedBlock == 0 ? 0 : (double)MissedBlock / ExpectedBlock;
    public double FalseBlockRate => ExpectedAllow == 0 ? 0 : (double)FalseBlock / ExpectedAllow;

    public static double F1((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? 0 : 2.0 * c.Tp / (2.0 * c.Tp + c.Fp + c.Fn);

    public static CorpusEvaluation Run(ProtocolChecker checker, string path)
    {
        var eval = new CorpusEvaluation();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = BatchFormat.ParseLine(line, lineNumber);
            using var doc = JsonDocument.Parse(line);
            var expected = doc.RootElement.GetProperty("expected");
            Codes.TryParseVerdict(expected.GetProperty("verdict").GetString(), out var expectedVerdict);
            var expectedCats = expected.GetProperty("categories").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            var expectedAdvice = doc.RootElement.TryGetProperty("advice", out var adv)
                ? adv.EnumerateArray().Select(e => e.GetString()!).ToHashSet()
                : [];
            var result = checker.Check(parsed.Request!);
            var predictedCats = result.Findings.Where(f => f.Severity != Severity.Advice).Select(f => f.Category).ToHashSet();
            var predictedAdvice = result.Findings.Where(f => f.Severity == Severity.Advice).Select(f => f.Category).ToHashSet();
            eval.Add(parsed.Id ?? lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), expectedVerdict, result.Verdict, expectedCats, predictedCats, expectedAdvice, predictedAdvice, result);
        }

        return eval;
    }

    private void Add(string id, Verdict expected, Verdict predicted, HashSet<string> expectedCats, HashSet<string> predictedCats,
        HashSet<string> expectedAdvice, HashSet<string> predictedAdvice, CheckResult result)
    {
        Total++;
        if (expected == predicted)
        {
            Correct++;
        }

        if (expected == Verdict.Block)
        {
            ExpectedBlock++;
            if (predicted == Verdict.Allow)
            {
                MissedBlock++;
            }
        }

        if (expected == Verdict.Allow)
        {
            ExpectedAllow++;
            if (predicted == Verdict.Block)
            {
                FalseBlock++;
            }
        }

        Count(Categories, expectedCats, predictedCats);
        Count(Advice, expectedAdvice, predictedAdvice);
        if (expected != predicted || !expectedCats.SetEquals(predictedCats) || !expectedAdvice.SetEquals(predictedAdvice))
        {
            var found = string.Join("; ", result.Findings.Select(f => $"{f.Category}/{f.Severity}"));
            Mistakes.Add($"{id}: expected {expected} [{string.Join(",", expectedCats)}] adv [{string.Join(",", expectedAdvice)}]; got {predicted} [{string.Join(",", predictedCats)}] adv [{string.Join(",", predictedAdvice)}] :: {found}");
        }
    }

    private static void Count(Dictionary<string, (int Tp, int Fp, int Fn)> table, HashSet<string> expected, HashSet<string> predicted)
    {
        foreach (var c in expected.Union(predicted))
        {
            table.TryGetValue(c, out var v);
            if (expected.Contains(c) && predicted.Contains(c))
            {
                v.Tp++;
            }
            else if (predicted.Contains(c))
            {
                v.Fp++;
            }
            else
            {
                v.Fn++;
            }

            table[c] = v;
        }
    }

    public string Report()
    {
        var b = new StringBuilder();
        b.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"lines {Total}  accuracy {Accuracy:F3}  missed-block {MissedBlockRate:F3} ({MissedBlock}/{ExpectedBlock})  false-block {FalseBlockRate:F3} ({FalseBlock}/{ExpectedAllow})");
        foreach (var (name, table) in new[] { ("doubt/block", Categories), ("advice", Advice) })
        {
            b.AppendLine(name);
            foreach (var (cat, c) in table.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var p = c.Tp + c.Fp == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fp);
                var r = c.Tp + c.Fn == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fn);
                b.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {cat,-18} P {p:F2}  R {r:F2}  F1 {F1(c):F2}  (tp {c.Tp} fp {c.Fp} fn {c.Fn})");
            }
        }

        b.AppendLine("mistakes:");
        foreach (var m in Mistakes)
        {
            b.AppendLine(m);
        }

        return b.ToString();
    }
}
