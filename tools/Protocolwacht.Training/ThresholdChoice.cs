namespace Protocolwacht.Training;

/// <summary>
/// One threshold of one category as cross-validation saw it: the benefit (posts judged right minus blockable posts let
/// through) over all training posts and per batch, and the blockable posts still let through.
/// </summary>
internal sealed record ThresholdCandidate(double Threshold, int Benefit, int MissedBlocks, IReadOnlyList<int> BenefitPerBatch);

/// <summary>
/// Chooses a category's threshold from its cross-validated candidates. The benefit curve is often flat: at stop 37
/// the confidential candidates scored +12 … +18 over 3,933 posts, and the single post between 0.5 and 0.97 decided
/// for the threshold that doubts least, which then let a dozen blockable rumours in earlier held-out batches through.
/// So a difference smaller than its own standard error (the one-standard-error rule) is not taken as evidence; among
/// the candidates that cross-validation cannot tell from the best, the protocol's own rule decides ("bij twijfel niet
/// publiceren"): the one that lets the fewest blockable posts through.
/// </summary>
internal static class ThresholdChoice
{
    /// <summary>The chosen candidate, or null when none gains over <paramref name="baseline"/> (the category's model is not used).</summary>
    public static ThresholdCandidate? Choose(IReadOnlyList<ThresholdCandidate> eligible, int baseline)
    {
        var gains = eligible.Where(c => c.Benefit > baseline).ToList();
        if (gains.Count == 0)
        {
            return null;
        }

        return WithinOneStandardError(gains)
            .OrderBy(c => c.MissedBlocks)
            .ThenByDescending(c => c.Benefit)
            .ThenByDescending(c => c.Threshold)
            .First();
    }

    /// <summary>The candidates whose benefit is at most one standard error below the best one's.</summary>
    public static IEnumerable<ThresholdCandidate> WithinOneStandardError(IReadOnlyList<ThresholdCandidate> candidates)
    {
        var best = candidates.MaxBy(c => c.Benefit)!;
        // The tolerance absorbs rounding: a difference of one post in a single batch has a standard error of exactly
        // one, which floating point computes as 0.9999999999999998 for many batch counts.
        return candidates.Where(c => best.Benefit - c.Benefit <= StandardError(best, c) + 1e-9);
    }

    /// <summary>
    /// The standard error of the difference in total benefit between two candidates, from how the difference spreads
    /// over the batches (each batch is one fold of the cross-validation, so the batches are the independent units):
    /// √n times the sample standard deviation of the n per-batch differences.
    /// </summary>
    public static double StandardError(ThresholdCandidate a, ThresholdCandidate b)
    {
        var differences = a.BenefitPerBatch.Zip(b.BenefitPerBatch, (x, y) => (double)(x - y)).ToList();
        if (differences.Count < 2)
        {
            return 0;
        }

        var mean = differences.Average();
        var variance = differences.Sum(d => (d - mean) * (d - mean)) / (differences.Count - 1);
        return Math.Sqrt(differences.Count * variance);
    }
}
