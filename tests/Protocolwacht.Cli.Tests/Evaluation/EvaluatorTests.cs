using Protocolwacht.Checks;
using Protocolwacht.Checks.Evaluation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Cli.Tests.Evaluation;

// The metrics live in Protocolwacht.Checks/Evaluation; their tests sit with the CLI that reports them.
public class EvaluatorTests
{
    // Seven cases whose figures are worked out by hand in the assertions below.
    private static readonly EvaluatedCase[] Corpus =
    [
        Case("a", Verdict.Allow, [], [], Verdict.Allow),
        Case("b", Verdict.Allow, [], ["capacity"], Verdict.Allow, ("capacity", Severity.Advice)),
        Case("c", Verdict.Block, ["personal-data"], [], Verdict.Block, ("personal-data", Severity.Block)),
        Case("d", Verdict.Block, ["profanity"], [], Verdict.Allow),
        Case("e", Verdict.Allow, [], [], Verdict.Block, ("profanity", Severity.Block)),
        Case("f", Verdict.Doubt, ["quote"], [], Verdict.Doubt, ("quote", Severity.Doubt), ("capacity", Severity.Advice)),
        Case("g", Verdict.Doubt, ["capacity"], [], Verdict.Allow, ("capacity", Severity.Advice)),
    ];

    [Fact]
    public void Evaluate_ConfusionMatrix_CountsExpectedAgainstPredicted()
    {
        var matrix = Evaluator.Evaluate(Corpus).Matrix;

        Assert.Equal(2, matrix[Verdict.Allow, Verdict.Allow]);
        Assert.Equal(0, matrix[Verdict.Allow, Verdict.Doubt]);
        Assert.Equal(1, matrix[Verdict.Allow, Verdict.Block]);
        Assert.Equal(1, matrix[Verdict.Doubt, Verdict.Allow]);
        Assert.Equal(1, matrix[Verdict.Doubt, Verdict.Doubt]);
        Assert.Equal(0, matrix[Verdict.Doubt, Verdict.Block]);
        Assert.Equal(1, matrix[Verdict.Block, Verdict.Allow]);
        Assert.Equal(0, matrix[Verdict.Block, Verdict.Doubt]);
        Assert.Equal(1, matrix[Verdict.Block, Verdict.Block]);
        Assert.Equal(7, matrix.Total);
        Assert.Equal(4, matrix.Predicted(Verdict.Allow));
    }

    [Fact]
    public void Evaluate_Rates_MatchHandCountedFractions()
    {
        var report = Evaluator.Evaluate(Corpus);

        Assert.Equal(new Rate(4, 7), report.Accuracy);
        Assert.Equal(new Rate(1, 2), report.MissedBlocks);
        Assert.Equal(new Rate(1, 3), report.FalseBlocks);
        Assert.Equal(0.5, report.MissedBlocks.Value);
    }

    [Fact]
    public void Evaluate_Categories_CountAdviceAndSeriousClassesSeparately()
    {
        var scores = Evaluator.Evaluate(Corpus).Categories.ToDictionary(s => s.Category);

        Assert.Equal(["capacity", "personal-data", "profanity", "quote"], scores.Keys);

        // b: advice hit; f: advice raised, not expected; g: doubt expected but only advice raised.
        var capacity = scores["capacity"];
        Assert.Equal((1, 2, 1), (capacity.TruePositives, capacity.FalsePositives, capacity.FalseNegatives));
        Assert.Equal(1.0 / 3, capacity.Precision!.Value, 10);
        Assert.Equal(0.5, capacity.Recall!.Value, 10);
        Assert.Equal(0.4, capacity.F1, 10);

        var profanity = scores["profanity"];
        Assert.Equal((0, 1, 1), (profanity.TruePositives, profanity.FalsePositives, profanity.FalseNegatives));
        Assert.Equal(0.0, profanity.F1);

        Assert.Equal(1.0, scores["personal-data"].F1);
        Assert.Equal(1.0, scores["quote"].Precision);
    }

    [Fact]
    public void Evaluate_Differences_ListWrongVerdictsAndCategoryMismatchesInCorpusOrder()
    {
        var report = Evaluator.Evaluate(Corpus);

        Assert.Equal(["d", "e", "f", "g"], report.Differences.Select(d => d.Id));
        Assert.Equal(["d", "e", "g"], report.Misclassified.Select(d => d.Id));

        var g = report.Differences.Single(d => d.Id == "g");
        Assert.Equal([new CategoryLabel("capacity", IsAdvice: false)], g.Missing);
        Assert.Equal([new CategoryLabel("capacity", IsAdvice: true)], g.Extra);
        Assert.Equal("capacity (advies)", g.Extra[0].ToString());
    }

    [Fact]
    public void Evaluate_EmptyCorpus_LeavesRatesUndefined()
    {
        var report = Evaluator.Evaluate([]);

        Assert.Equal(0, report.Cases);
        Assert.Null(report.Accuracy.Value);
        Assert.Null(report.MissedBlocks.Value);
        Assert.Empty(report.Categories);
    }

    [Fact]
    public void CategoryScore_NeverRaised_HasNoPrecisionButZeroF1()
    {
        var score = new CategoryScore("quote", TruePositives: 0, FalsePositives: 0, FalseNegatives: 2);

        Assert.Null(score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(0.0, score.F1);
        Assert.Equal(2, score.Support);
    }

    private static EvaluatedCase Case(string id, Verdict expected, string[] categories, string[] advice, Verdict predicted, params (string Category, Severity Severity)[] findings) =>
        new(
            id,
            new ExpectedLabels(expected, categories.ToHashSet(), advice.ToHashSet()),
            new CheckResult(predicted, [.. findings.Select(f => new Finding(f.Category, f.Severity, "R1", null, null, "bericht"))]));
}
