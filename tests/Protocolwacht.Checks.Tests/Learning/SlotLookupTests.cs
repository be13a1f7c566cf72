using Protocolwacht.Checks.Learning;

namespace Protocolwacht.Checks.Tests.Learning;

/// <summary>
/// The second opinion's fast paths (<see cref="SlotSet"/>, <see cref="CategoryWeightTable"/>) must give exactly what sorting
/// and a dictionary gave: the same slots in the same order, the same weights, so every score is the same to the bit.
/// </summary>
public class SlotLookupTests
{
    [Fact]
    public void SlotSet_GivesTheDistinctSlotsAscending_AndIsEmptyAfterwards()
    {
        var random = new Random(7);
        var added = Enumerable.Range(0, 500).Select(_ => random.Next(FeatureHash.Size)).ToList();
        added.AddRange(added.Take(100)); // repeats
        added.AddRange([0, FeatureHash.Size - 1, 63, 64, 4095, 4096]);
        var set = SlotSet.ForThisThread();
        foreach (var slot in added)
        {
            set.Add(slot);
        }

        Assert.Equal(added.Distinct().Order(), set.TakeAscending());
        Assert.Empty(set.TakeAscending());
    }

    [Fact]
    public void SlotSet_LeftWithSlots_IsEmptiedForTheNextPost()
    {
        var set = SlotSet.ForThisThread();
        set.Add(12);
        set.Add(99);

        // As if an extraction threw before taking its slots: the next one must not inherit them.
        var next = SlotSet.ForThisThread();
        next.Add(5);

        Assert.Equal([5], next.TakeAscending());
    }

    [Fact]
    public void WeightTable_GivesEveryWeight_AndZeroForSlotsWithout()
    {
        var random = new Random(3);
        var weights = new Dictionary<int, double>();
        while (weights.Count < 2000)
        {
            weights[random.Next(FeatureHash.Size)] = random.NextDouble() - 0.5;
        }

        var lookup = new CategoryWeightTable([TestWeights.Of(weights)]);
        foreach (var (slot, weight) in weights)
        {
            Assert.Equal(weight, WeightOf(lookup, slot));
        }

        var absent = Enumerable.Range(0, FeatureHash.Size).Where(s => !weights.ContainsKey(s)).Take(5000).ToList();
        Assert.NotEmpty(absent);
        Assert.All(absent, s => Assert.Equal(0.0, WeightOf(lookup, s)));
    }

    [Fact]
    public void WeightTable_Empty_GivesZero() =>
        Assert.Equal(0.0, WeightOf(new CategoryWeightTable([new SlotWeights([], [])]), 17));

    [Fact]
    public void SlotWeights_FindEveryWeight_AndZeroForSlotsWithout()
    {
        var random = new Random(5);
        var weights = new Dictionary<int, double>();
        while (weights.Count < 1000)
        {
            weights[random.Next(FeatureHash.Size)] = random.NextDouble() - 0.5;
        }

        var slotWeights = TestWeights.Of(weights);
        Assert.All(weights, w => Assert.Equal(w.Value, slotWeights.WeightOf(w.Key)));
        var absent = Enumerable.Range(0, FeatureHash.Size).Where(s => !weights.ContainsKey(s)).Take(5000).ToList();
        Assert.All(absent, s => Assert.Equal(0.0, slotWeights.WeightOf(s)));
        Assert.Equal(0.0, new SlotWeights([], []).WeightOf(0));
    }

    [Theory]
    [InlineData(new[] { 3, 3 })]
    [InlineData(new[] { 7, 3 })]
    [InlineData(new[] { -1, 3 })]
    public void SlotWeights_RefuseSlotsNotStrictlyAscending(int[] slots) =>
        Assert.ThrowsAny<ArgumentException>(() => new SlotWeights(slots, [0.5, 0.25]));

    [Fact]
    public void WeightsFile_WithASlotRepeatedOrOutOfOrder_IsRefused()
    {
        const string Head = "training-hash\tabc\nbits\t18\ncategory\tconfidential\t-1\t0.5\n";
        Assert.Equal([3, 7], SecondOpinionModel.Parse(Head + "3\t0.5\n7\t0.25\n").Categories[0].Weights.Slots.ToArray());
        Assert.Throws<InvalidDataException>(() => SecondOpinionModel.Parse(Head + "7\t0.5\n3\t0.25\n"));
        Assert.Throws<InvalidDataException>(() => SecondOpinionModel.Parse(Head + "3\t0.5\n3\t0.25\n"));
    }

    private static double WeightOf(CategoryWeightTable table, int slot)
    {
        Span<double> sum = [0.0];
        table.AddTo([slot], sum);
        return sum[0];
    }

    [Fact]
    public void ModelScores_EqualEachCategorysOwnScore_ToTheBit()
    {
        var random = new Random(11);
        var categories = new List<CategoryModel>();
        foreach (var name in new[] { "confidential", "harmful-statement", "personal-data" })
        {
            var weights = new Dictionary<int, double>();
            while (weights.Count < 1500)
            {
                // Slots shared between categories and slots of one category only, as in the trained model.
                weights[random.Next(20_000)] = (random.NextDouble() - 0.5) * 3;
            }

            categories.Add(new CategoryModel(name, random.NextDouble() - 2, 0.5, TestWeights.Of(weights)));
        }

        var model = new SecondOpinionModel("test", categories);
        for (var post = 0; post < 200; post++)
        {
            int[] slots = [.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => random.Next(25_000)).Distinct().Order()];
            var features = new PostFeatures(slots, []);
            var scores = model.Scores(features);
            for (var c = 0; c < categories.Count; c++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(categories[c].Score(features)), BitConverter.DoubleToInt64Bits(scores[c]));
            }
        }
    }
}
