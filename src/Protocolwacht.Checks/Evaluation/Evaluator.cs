namespace Protocolwacht.Checks.Evaluation;

/// <summary>
/// Turns checked corpus lines into the figures of issue 3. Pure: same cases in, same report out.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Evaluate(IEnumerable<EvaluatedCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var counts = new int[3, 3];
        var scores = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var differences = new List<CaseDifference>();

        foreach (var c in cases)
        {
            var predicted = c.Predicted.Verdict;
            counts[ConfusionMatrix.Index(c.Expected.Verdict), ConfusionMatrix.Index(predicted)]++;

            // Severity decides the class a finding is compared in: advice findings against `advice`,
            // doubt and block findings against `expected.categories`, as the corpus labels them.
            var raised = Categories(c.Predicted, advice: false);
            var raisedAdvice = Categories(c.Predicted, advice: true);
            var missing = new List<CategoryLabel>();
            var extra = new List<CategoryLabel>();
            Compare(c.Expected.Categories, raised, isAdvice: false, scores, missing, extra);
            Compare(c.Expected.Advice, raisedAdvice, isAdvice: true, scores, missing, extra);

            if (predicted != c.Expected.Verdict || missing.Count > 0 || extra.Count > 0)
            {
                differences.Add(new CaseDifference(c.Id, c.Expected.Verdict, predicted, missing, extra));
            }
        }

        var matrix = new ConfusionMatrix(counts);
        return new EvaluationReport(
            matrix,
            new Rate(matrix.Correct, matrix.Total),
            new Rate(matrix[Verdict.Block, Verdict.Allow], matrix.Expected(Verdict.Block)),
            new Rate(matrix[Verdict.Allow, Verdict.Block], matrix.Expected(Verdict.Allow)),
            [.. scores.Select(s => new CategoryScore(s.Key, s.Value[0], s.Value[1], s.Value[2]))],
            differences);
    }

    private static HashSet<string> Categories(CheckResult result, bool advice) =>
        result.Findings
            .Where(f => (f.Severity == Severity.Advice) == advice)
            .Select(f => f.Category)
            .ToHashSet(StringComparer.Ordinal);

    private static void Compare(
        IReadOnlySet<string> expected,
        HashSet<string> raised,
        bool isAdvice,
        SortedDictionary<string, int[]> scores,
        List<CategoryLabel> missing,
        List<CategoryLabel> extra)
    {
        foreach (var category in expected.Union(raised).Order(StringComparer.Ordinal))
        {
            if (!scores.TryGetValue(category, out var score))
            {
                // [true positives, false positives, false negatives]
                score = new int[3];
                scores.Add(category, score);
            }

            var wasExpected = expected.Contains(category);
            var wasRaised = raised.Contains(category);
            if (wasExpected && wasRaised)
            {
                score[0]++;
            }
            else if (wasRaised)
            {
                score[1]++;
                extra.Add(new CategoryLabel(category, isAdvice));
            }
            else
            {
                score[2]++;
                missing.Add(new CategoryLabel(category, isAdvice));
            }
        }
    }
}
