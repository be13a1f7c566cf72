namespace Protocolwacht.Checks.Learning;

/// <summary>
/// One category's non-zero weights: its slots in ascending order, each slot's weight beside it. Two plain arrays, not a
/// <c>Dictionary&lt;int, double&gt;</c>: ReadyToRun cannot precompile the framework's dictionary over these types, so
/// loading the model's 9,150 weights into dictionaries compiled 19 methods at every start and ran the inserts
/// as unoptimised code. A check reads the weights through <see cref="CategoryWeightTable"/>; a look-up here (a binary
/// search) is for explanations, tests and the training tool.
/// </summary>
internal sealed class SlotWeights
{
    private readonly int[] _slots;
    private readonly double[] _weights;

    /// <summary>The slots must be non-negative and strictly ascending, one weight each.</summary>
    public SlotWeights(int[] slots, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(weights);
        if (slots.Length != weights.Length)
        {
            throw new ArgumentException($"{slots.Length} slots but {weights.Length} weights.", nameof(weights));
        }

        for (var i = 0; i < slots.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(slots[i]);
            if (i > 0 && slots[i] <= slots[i - 1])
            {
                throw new ArgumentException($"Slot {slots[i]} follows slot {slots[i - 1]}: slots must be strictly ascending.", nameof(slots));
            }
        }

        (_slots, _weights) = (slots, weights);
    }

    public int Count => _slots.Length;

    /// <summary>The slots in ascending order.</summary>
    public ReadOnlySpan<int> Slots => _slots;

    /// <summary>The weights, the i-th of the i-th slot.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>The slot's weight; zero for a slot the category does not weigh.</summary>
    // Written out rather than Array.BinarySearch, whose generic code over int need not be precompiled for the check.
    public double WeightOf(int slot)
    {
        var (low, high) = (0, _slots.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var found = _slots[middle];
            if (found == slot)
            {
                return _weights[middle];
            }

            if (found < slot)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return 0.0;
    }
}
