using System.Text.Json;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary>
/// <c>protocolwacht eval</c> on a small hand-labelled corpus. The posts are chosen so the check's
/// verdict is certain (plain news, and the posting-rights policy, which is deterministic); two are
/// labelled against that verdict on purpose so every rate has a known, non-trivial value.
/// </summary>
public class EvalCommandTests
{
    private const string Plain = "Fijne vakantie allemaal, tot na de zomer!";
    private const string OwnSchool = "\"account\":{\"kind\":\"school\",\"school\":\"regenboog\",\"channel\":\"x\"},\"author\":\"tom.hendriks\"";
    private const string KonotAccount = "\"account\":{\"kind\":\"organisation\",\"channel\":\"x\"},\"author\":\"tom.hendriks\"";

    private static readonly string Corpus = string.Join('\n',
        $$"""{"id":"e-1","text":"{{Plain}}",{{OwnSchool}},"expected":{"verdict":"allow","categories":[]},"advice":[]}""",
        $$"""{"id":"e-2","text":"{{Plain}}",{{KonotAccount}},"expected":{"verdict":"block","categories":["unauthorized"]},"advice":[]}""",
        $$"""{"id":"e-3","text":"{{Plain}}",{{KonotAccount}},"expected":{"verdict":"allow","categories":[]},"advice":[]}""",
        $$"""{"id":"e-4","text":"{{Plain}}",{{OwnSchool}},"expected":{"verdict":"block","categories":["unauthorized"]},"advice":[]}""",
        """{"id":"e-5","text":"zonder labels","account":{"kind":"personal","channel":"x"}}""") + "\n";

    [Fact]
    public void EvalJson_HandLabelledCorpus_ReportsHandComputedFigures()
    {
        using var corpus = new TempFile(Corpus, ".jsonl");

        var run = CliRunner.Run("eval", "--corpus", corpus.Path, "--json");

        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(4, report.GetProperty("cases").GetInt32());

        // e-1 allow/allow, e-3 allow/block, e-2 block/block, e-4 block/allow.
        var matrix = report.GetProperty("confusion_matrix");
        Assert.Equal(1, matrix.GetProperty("allow").GetProperty("allow").GetInt32());
        Assert.Equal(1, matrix.GetProperty("allow").GetProperty("block").GetInt32());
        Assert.Equal(1, matrix.GetProperty("block").GetProperty("block").GetInt32());
        Assert.Equal(1, matrix.GetProperty("block").GetProperty("allow").GetInt32());
        Assert.Equal(0.5, report.GetProperty("accuracy").GetProperty("value").GetDouble());
        Assert.Equal(0.5, report.GetProperty("missed_block_rate").GetProperty("value").GetDouble());
        Assert.Equal(2, report.GetProperty("false_block_rate").GetProperty("of").GetInt32());

        var unauthorized = report.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "unauthorized");
        Assert.Equal(1, unauthorized.GetProperty("true_positives").GetInt32());
        Assert.Equal(1, unauthorized.GetProperty("false_positives").GetInt32());
        Assert.Equal(1, unauthorized.GetProperty("false_negatives").GetInt32());
        Assert.Equal(0.5, unauthorized.GetProperty("f1").GetDouble());

        Assert.Equal(["e-3", "e-4"], report.GetProperty("misclassified").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(5, report.GetProperty("skipped_lines")[0].GetProperty("line").GetInt32());
        Assert.Equal(ExitCodes.SomeLinesInvalid, run.ExitCode);
    }

    [Fact]
    public void Eval_Text_PrintsMatrixRatesAndMisclassifiedIdsInDutch()
    {
        using var corpus = new TempFile(Corpus, ".jsonl");

        var run = CliRunner.Run("eval", "--corpus", corpus.Path);

        Assert.Contains("Verwarringsmatrix", run.Output, StringComparison.Ordinal);
        Assert.Contains("Nauwkeurigheid oordeel:  0,500 (2/4)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Gemiste blokkades:       0,500 (1/2)", run.Output, StringComparison.Ordinal);
        Assert.Contains("  e-4: verwacht block, gegeven allow; mist: unauthorized", run.Output, StringComparison.Ordinal);
        Assert.Contains("regel 5:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_WithoutCorpus_IsAUsageError()
    {
        var run = CliRunner.Run("eval");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
    }
}
