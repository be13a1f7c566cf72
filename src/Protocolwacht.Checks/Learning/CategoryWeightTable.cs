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
    private const int Empty = -1;

    private readonly int[] _slots;
    private readonly double[] _weights;
    private readonly int _columns;
    private readonly int _shift;

    public CategoryWeightTable(IReadOnlyList<IReadOnlyDictionary<int, double>> columns)
    {
        _columns = columns.Count;

        // The distinct slots counted in a loop, not with LINQ's SelectMany and Distinct over the keys: their generic code
        // over int was compiled at run time on every start (about 20 methods). A slot's row is placed when a column
        // first names it; where a row lies does not change a sum, which follows the post's slot order.
        var distinct = new HashSet<int>();
        foreach (var column in columns)
        {
            foreach (var (slot, _) in column)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(slot);
                distinct.Add(slot);
            }
        }

        // At most a quarter full, so a miss usually ends at the first empty place.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, distinct.Count * 4));
        _shift = 32 - BitOperations.Log2((uint)size);
        _slots = new int[size];
        _weights = new double[size * _columns];
        Array.Fill(_slots, Empty);
        for (var c = 0; c < _columns; c++)
        {
            foreach (var (slot, weight) in columns[c])
            {
                var place = PlaceOf(slot);
                _slots[place] = slot;
                _weights[(place * _columns) + c] = weight;
            }
        }
    }

    /// <summary>Adds every category's weights of <paramref name="slots"/> to its entry of <paramref name="sums"/>.</summary>
    public void AddTo(int[] slots, Span<double> sums)
    {
        var mask = _slots.Length - 1;
        foreach (var slot in slots)
        {
            for (var place = Start(slot); ; place = (place + 1) & mask)
            {
                var found = _slots[place];
                if (found == slot)
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
        while (_slots[place] != Empty && _slots[place] != slot)
        {
            place = (place + 1) & mask;
        }

        return place;
    }

    // Fibonacci hashing: the feature slots are already hashes, but their low bits alone would crowd similar slots.
    private int Start(int slot) => (int)(((uint)slot * 2654435769u) >> _shift);
}
