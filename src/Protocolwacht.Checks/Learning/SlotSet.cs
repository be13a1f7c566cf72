using System.Numerics;

namespace Protocolwacht.Checks.Learning;

/// <summary>
/// The distinct feature slots of one post, in ascending order, without sorting: a bit per slot in a two-level
/// bitmap (a summary bit per 64-bit word), read out from the lowest bit up and cleared on the way. Sorting the
/// slots with their repeats was most of the feature extraction's own cost. Ascending order is kept because a
/// score adds the weights in that order, and the sums must stay the same to the last bit.
/// </summary>
internal sealed class SlotSet
{
    private readonly ulong[] _bits = new ulong[FeatureHash.Size / 64];
    private readonly ulong[] _summary = new ulong[FeatureHash.Size / 64 / 64];
    private int _count;

    // One per thread: 33 KB, reused by every post that thread checks.
    [ThreadStatic]
    private static SlotSet? t_shared;

    /// <summary>This thread's set, empty (emptied here too if an extraction that threw left slots behind).</summary>
    public static SlotSet ForThisThread()
    {
        var set = t_shared ??= new SlotSet();
        if (set._count != 0)
        {
            set.TakeAscending();
        }

        return set;
    }

    public void Add(int slot)
    {
        var word = slot >> 6;
        var bit = 1UL << (slot & 63);
        if ((_bits[word] & bit) != 0)
        {
            return;
        }

        _bits[word] |= bit;
        _summary[word >> 6] |= 1UL << (word & 63);
        _count++;
    }

    /// <summary>The distinct slots added since the last call, ascending; the set is empty afterwards.</summary>
    public int[] TakeAscending()
    {
        var result = new int[_count];
        var n = 0;
        for (var s = 0; s < _summary.Length; s++)
        {
            for (var words = _summary[s]; words != 0; words &= words - 1)
            {
                var word = (s << 6) + BitOperations.TrailingZeroCount(words);
                for (var bits = _bits[word]; bits != 0; bits &= bits - 1)
                {
                    result[n++] = (word << 6) + BitOperations.TrailingZeroCount(bits);
                }

                _bits[word] = 0;
            }

            _summary[s] = 0;
        }

        _count = 0;
        return result;
    }
}
