using System.Numerics;

namespace Protocolwacht.Checks.Learning;

/// <summary>
/// One category's non-zero weights in an open-addressing table of slot and weight arrays: a score looks up every
/// slot of a post in every category, and most slots have no weight. A frozen dictionary spent a large share of the
/// second opinion on those misses; here a miss is one or two array reads in a table that stays in the cache. The
/// weights themselves are unchanged, so the sums and the verdicts are the same to the last bit.
/// </summary>
internal sealed class SlotWeights
{
    private const int Empty = -1;

    private readonly int[] _slots;
    private readonly double[] _weights;
    private readonly int _shift;

    public SlotWeights(IEnumerable<KeyValuePair<int, double>> weights)
    {
        var pairs = weights.ToArray();

        // At most a quarter full, so a miss usually ends at the first empty place.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, pairs.Length * 4));
        _shift = 32 - BitOperations.Log2((uint)size);
        _slots = new int[size];
        _weights = new double[size];
        Array.Fill(_slots, Empty);
        foreach (var (slot, weight) in pairs)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(slot);
            var place = PlaceOf(slot);
            _slots[place] = slot;
            _weights[place] = weight;
        }
    }

    /// <summary>The weight of <paramref name="slot"/>, or 0 when it has none.</summary>
    public double Get(int slot)
    {
        var mask = _slots.Length - 1;
        for (var place = Start(slot); ; place = (place + 1) & mask)
        {
            var found = _slots[place];
            if (found == slot)
            {
                return _weights[place];
            }

            if (found == Empty)
            {
                return 0;
            }
        }
    }

    // Where a slot lives: its own place if it is there already, else the first empty place after its start.
    private int PlaceOf(int slot)
    {
        var mask = _slots.Length - 1;
        var place = Start(slot);
        while (_slots[place] != Empty && _slots[place] != slot)
        {
            place = (place + 1) & mask;
        }

        return place;
    }

    // Fibonacci hashing: the feature slots are already hashes, but their low bits alone would crowd similar slots.
    private int Start(int slot) => (int)(((uint)slot * 2654435769u) >> _shift);
}
