using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Protocolwacht.Checks.Caching;

/// <summary>
/// Remembers the answers of a pure function of a word (a token's key) for the life of the process. Posts repeat
/// their words, and the slow paths of the check (compound analysis, misspellings, typing slips, lexicon
/// candidates) give the same answer for the same word every time, so each distinct word pays once. Bounded: once
/// <c>capacity</c> words are stored, later words are computed every time and not stored, so memory cannot grow
/// with the input; the words seen first are the frequent ones. A word is kept only as its 128-bit XxHash: the
/// words of posts include children's names, and the personal check promises to keep nothing, so no word's text
/// stays in memory after its post (two words sharing a hash: about 2^-128 a pair).
/// </summary>
/// <remarks>
/// An open-addressing table of (hash, answer) entries in one array, at most half full, so a look-up reads one or
/// two neighbouring entries instead of a bucket and a node elsewhere in memory (the check asks these caches
/// about every word of every post; with a <c>ConcurrentDictionary</c> the look-ups alone were a tenth of a
/// batch's processor time). Thread-safe without a lock for readers: an entry is written once, under the writers'
/// lock, and only then marked filled (a release write that a reader's acquire read of the mark pairs with), and
/// is never changed afterwards; a grown table is filled before it is published. A reader that misses an entry
/// being written computes the answer itself, which is the same answer.
/// </remarks>
internal sealed class BoundedCache<TValue>(int capacity)
{
    private const int InitialSlots = 64;

    private readonly Lock _writing = new();
    private Entry[] _slots = new Entry[InitialSlots];
    private int _count;

    /// <summary>How many answers are stored (at most the capacity).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The stored answer for <paramref name="key"/>, else <paramref name="compute"/>(state, key), stored while there is room.</summary>
    public TValue GetOrAdd<TState>(string key, TState state, Func<TState, string, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = HashOf(key);
        if (TryFind(Volatile.Read(ref _slots), hash, out var known))
        {
            return known;
        }

        var value = compute(state, key);
        if (Volatile.Read(ref _count) < capacity)
        {
            Store(hash, value);
        }

        return value;
    }

    // The 128-bit XxHash of the key's UTF-16 bytes as two halves (plain ulongs, which ReadyToRun precompiles).
    private static WordHash HashOf(string key)
    {
        Span<byte> digest = stackalloc byte[16];
        XxHash128.Hash(MemoryMarshal.AsBytes(key.AsSpan()), digest);
        return new WordHash(MemoryMarshal.Read<ulong>(digest), MemoryMarshal.Read<ulong>(digest[8..]));
    }

    private static bool TryFind(Entry[] slots, WordHash hash, out TValue value)
    {
        var mask = slots.Length - 1;
        for (var i = hash.Slot(mask); ; i = (i + 1) & mask)
        {
            ref var entry = ref slots[i];
            if (!Volatile.Read(ref entry.Filled))
            {
                value = default!;
                return false;
            }

            if (entry.Hash.Is(hash))
            {
                value = entry.Value;
                return true;
            }
        }
    }

    private void Store(WordHash hash, TValue value)
    {
        lock (_writing)
        {
            if (_count >= capacity)
            {
                return;
            }

            var slots = _slots;
            if ((_count + 1) * 2 > slots.Length)
            {
                slots = Grown(slots);
                Volatile.Write(ref _slots, slots);
            }

            ref var entry = ref FreeOrSame(slots, hash);
            if (entry.Filled)
            {
                return; // another thread stored the same answer first
            }

            entry.Hash = hash;
            entry.Value = value;
            Volatile.Write(ref entry.Filled, true);
            Volatile.Write(ref _count, _count + 1);
        }
    }

    // A table twice the size with every entry of the old one, filled before anyone can read it.
    private static Entry[] Grown(Entry[] slots)
    {
        var grown = new Entry[slots.Length * 2];
        foreach (var old in slots)
        {
            if (old.Filled)
            {
                FreeOrSame(grown, old.Hash) = old;
            }
        }

        return grown;
    }

    // The entry holding the hash, else the free entry where it goes (the table is never full).
    private static ref Entry FreeOrSame(Entry[] slots, WordHash hash)
    {
        var mask = slots.Length - 1;
        var i = hash.Slot(mask);
        while (slots[i].Filled && !slots[i].Hash.Is(hash))
        {
            i = (i + 1) & mask;
        }

        return ref slots[i];
    }

    private readonly struct WordHash(ulong low, ulong high)
    {
        private readonly ulong _low = low;
        private readonly ulong _high = high;

        public int Slot(int mask) => (int)_low & mask;

        public bool Is(WordHash other) => _low == other._low && _high == other._high;
    }

    private struct Entry
    {
        public WordHash Hash;
        public TValue Value;
        public bool Filled;
    }
}
