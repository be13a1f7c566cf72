using Protocolwacht.Training;

namespace Protocolwacht.Checks.Tests.Learning;

/// <summary>
/// The training tool's threshold choice (tools/Protocolwacht.Training/ThresholdChoice.cs, compiled into this
/// project because the tool has no test project of its own and the choice needs nothing but the base library).
/// </summary>
public sealed class ThresholdChoiceTests
{
    [Fact]
    public void FlatCurve_TakesTheCandidateThatLetsFewestBlockablePostsThrough()
    {
        // Stop 37's confidential curve in small: the highest threshold is one post better in total, but the batches
        // disagree about it (+3, -2, -1, +1), so the difference is within its standard error.
        var doubtsMore = new ThresholdCandidate(0.4, 17, 5, [5, 2, 6, 4]);
        var doubtsLess = new ThresholdCandidate(0.97, 18, 10, [8, 0, 5, 5]);

        var chosen = ThresholdChoice.Choose([doubtsMore, doubtsLess], baseline: 0);

        Assert.Equal(0.97, new[] { doubtsMore, doubtsLess }.MaxBy(c => c.Benefit)!.Threshold);
        Assert.Equal(0.4, chosen!.Threshold);
    }

    [Fact]
    public void ClearGain_KeepsTheBestEvenWhenAnotherMissesFewer()
    {
        // Every batch gains 3 posts at 0.9 over 0.3: a difference of 12 with no spread is evidence, not noise.
        var doubtsMore = new ThresholdCandidate(0.3, 8, 2, [2, 2, 2, 2]);
        var best = new ThresholdCandidate(0.9, 20, 6, [5, 5, 5, 5]);

        Assert.Equal(0.9, ThresholdChoice.Choose([doubtsMore, best], baseline: 0)!.Threshold);
    }

    [Fact]
    public void NoGainOverTheBaseline_UsesNoThreshold()
    {
        var candidate = new ThresholdCandidate(0.5, 10, 3, [5, 5]);

        Assert.NotNull(ThresholdChoice.Choose([candidate], baseline: 9));
        Assert.Null(ThresholdChoice.Choose([candidate], baseline: 10));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(54)]
    public void OnePostInOneBatch_IsWithinItsStandardErrorOfExactlyOne(int batches)
    {
        // The whole difference sits in one batch: its standard error is exactly one, which floating point rounds just
        // below one for these batch counts (so a comparison without tolerance would call the one post evidence).
        var best = new ThresholdCandidate(0.97, 1, 6, [1, .. new int[batches - 1]]);
        var fewerMisses = new ThresholdCandidate(0.4, 0, 5, new int[batches]);

        Assert.True(ThresholdChoice.StandardError(best, fewerMisses) < 1);
        Assert.Equal(0.4, ThresholdChoice.Choose([fewerMisses, best], baseline: -1)!.Threshold);
    }

    [Fact]
    public void EqualCandidates_TakeTheHigherThreshold()
    {
        // Same benefit, same misses: the threshold that doubts least costs the managers least.
        var low = new ThresholdCandidate(0.5, 10, 3, [5, 5]);
        var high = new ThresholdCandidate(0.8, 10, 3, [5, 5]);

        Assert.Equal(0.8, ThresholdChoice.Choose([low, high], baseline: 0)!.Threshold);
    }

    [Fact]
    public void StandardError_IsRootNTimesTheSpreadOfTheBatchDifferences()
    {
        // Differences 3, -2, -1, 1: mean 0.25, sample variance 14.75 / 3, times 4 batches, root: 4.43.
        var a = new ThresholdCandidate(0.97, 18, 10, [8, 0, 5, 5]);
        var b = new ThresholdCandidate(0.4, 17, 5, [5, 2, 6, 4]);

        Assert.Equal(Math.Sqrt(4 * 14.75 / 3), ThresholdChoice.StandardError(a, b), 10);
        Assert.Equal(0, ThresholdChoice.StandardError(a, a));
    }
}
