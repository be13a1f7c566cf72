namespace Protocolwacht.Checks.Learning;

/// <summary>
/// One category's logistic regression, trained by tools/Protocolwacht.Training: the non-zero hashed
/// weights, the bias and the decision threshold chosen by cross-validation. Scoring is a sum over the
/// post's slots and a logistic: no machine-learning library at run time.
/// </summary>
internal sealed record CategoryModel(string Category, double Bias, double Threshold, SlotWeights Weights)
{
    // The same weights laid out for the look-ups of a score (CategoryWeightTable says why). Built when first asked:
    // a check scores all categories at once through SecondOpinionModel's own table, so this one is for tests and tools.
    // Two threads may both build it; either table gives the same sums.
    private CategoryWeightTable? _lookup;

    /// <summary>The probability that the post belongs to <see cref="Category"/>.</summary>
    public double Score(PostFeatures features)
    {
        Span<double> sum = [Bias];
        (_lookup ??= new CategoryWeightTable([Weights])).AddTo(features.Slots, sum);
        return 1.0 / (1.0 + Math.Exp(-sum[0]));
    }

    /// <summary>The words whose own weight pushed the score up most, strongest first.</summary>
    public IReadOnlyList<string> HeaviestWords(PostFeatures features, int count) =>
        [.. features.Words
            .Select(w => (w.Word, Weight: Weights.WeightOf(w.Slot)))
            .Where(w => w.Weight > 0)
            .DistinctBy(w => w.Word, StringComparer.Ordinal)
            .OrderByDescending(w => w.Weight)
            .Take(count)
            .Select(w => w.Word)];
}
