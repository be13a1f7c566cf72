using System.Numerics;

namespace Protocolwacht.Checks.Learning;

/// <summary>
/// The weights of one or more categories in one open-addressing table: a row per slot that any category weighs, a
/// column per category, so a post's slot is looked up once for all of them (three look-ups a slot were the second
/// opinion's largest cost; a frozen dictionary spent most of it on the misses, here a miss is one or two array reads). Each category's sum adds its weights in the post's ascending slot order, as
/// <see cref="CategoryModel.Score"/> does, so the scores are the same to the last bit.
/// </summary>
internal sealed class CategoryWeightTable
{
    // A place holds its slot plus one, so the zeroes of a new array are the empty places (no fill at start).
    private const int Empty = 0;

    private readonly int[] _slots;
    private readonly double[] _weights;
    private readonly int _columns;
    private readonly int _shift;

    public CategoryWeightTable(IReadOnlyList<SlotWeights> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = columns.Count;

        // At most a quarter full, so a miss usually ends at the first empty place. A slot's row is placed when a column
        // first names it; where a row lies does not change a sum, which follows the post's slot order.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, DistinctSlots(columns) * 4));
        _shift = 32 - BitOperations.Log2((uint)size);
        _slots = new int[size];
        _weights = new double[size * _columns];
        for (var c = 0; c < _columns; c++)
        {
            var slots = columns[c].Slots;
            var weights = columns[c].Weights;
            for (var i = 0; i < slots.Length; i++)
            {
                var place = PlaceOf(slots[i]);
                _slots[place] = slots[i] + 1;
                _weights[(place * _columns) + c] = weights[i];
            }
        }
    }

    /// <summary>Adds every category's weights of <paramref name="slots"/> to its entry of <paramref name="sums"/>.</summary>
    public void AddTo(int[] slots, Span<double> sums)
    {
        var mask = _slots.Length - 1;
        foreach (var slot in slots)
        {
            var key = slot + 1;
            for (var place = Start(slot); ; place = (place + 1) & mask)
            {
                var found = _slots[place];
                if (found == key)
                {
                    var row = _weights.AsSpan(place * _columns, _columns);
                    for (var c = 0; c < row.Length; c++)
                    {
                        sums[c] += row[c];
                    }

                    break;
                }

                if (found == Empty)
                {
                    break;
                }
            }
        }
    }

    // Its own place if the slot is there already, else the first empty place after its start.
    private int PlaceOf(int slot)
    {
        var mask = _slots.Length - 1;
        var place = Start(slot);
        while (_slots[place] != Empty && _slots[place] != slot + 1)
        {
            place = (place + 1) & mask;
        }

        return place;
    }

    // How many slots the columns weigh together. Each column is ascending, so a merge counts them without a set (a
    // HashSet<int>'s constructor was compiled at run time on every start).
    private static int DistinctSlots(IReadOnlyList<SlotWeights> columns)
    {
        var next = new int[columns.Count];
        var count = 0;
        while (true)
        {
            var (any, least) = (false, 0);
            for (var c = 0; c < next.Length; c++)
            {
                var slots = columns[c].Slots;
                if (next[c] < slots.Length && (!any || slots[next[c]] < least))
                {
                    (any, least) = (true, slots[next[c]]);
                }
            }

            if (!any)
            {
                return count;
            }

            count++;
            for (var c = 0; c < next.Length; c++)
            {
                var slots = columns[c].Slots;
                if (next[c] < slots.Length && slots[next[c]] == least)
                {
                    next[c]++;
                }
            }
        }
    }

    // Fibonacci hashing: the feature slots are already hashes, but their low bits alone would crowd similar slots.
    private int Start(int slot) => (int)(((uint)slot * 2654435769u) >> _shift);
}
