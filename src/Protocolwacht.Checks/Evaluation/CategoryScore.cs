namespace Protocolwacht.Checks.Evaluation;

/// <summary>
/// Precision, recall and F1 of one category over a corpus, counting its doubt/block class and its
/// advice class together. Precision (recall) is null when the check never raised (the corpus never
/// expected) the category; F1 is 2TP / (2TP + FP + FN), defined whenever the category occurs at all.
/// </summary>
public sealed record CategoryScore(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>How many times the corpus expects this category.</summary>
    public int Support => TruePositives + FalseNegatives;

    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => Support == 0 ? null : (double)TruePositives / Support;

    public double F1
    {
        get
        {
            var denominator = (2 * TruePositives) + FalsePositives + FalseNegatives;
            return denominator == 0 ? 0 : 2.0 * TruePositives / denominator;
        }
    }
}
