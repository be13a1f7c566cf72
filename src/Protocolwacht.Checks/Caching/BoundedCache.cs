using System.Collections.Concurrent;
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
/// stays in memory after its post (two words sharing a hash: about 2^-128 a pair). Thread-safe: a race computes a
/// word twice and stores one of two equal answers.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<UInt128, TValue> _entries = new();
    private int _count;

    /// <summary>How many answers are stored (at most the capacity).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The stored answer for <paramref name="key"/>, else <paramref name="compute"/>(state, key), stored while there is room.</summary>
    public TValue GetOrAdd<TState>(string key, TState state, Func<TState, string, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key.AsSpan()));
        if (_entries.TryGetValue(hash, out var known))
        {
            return known;
        }

        var value = compute(state, key);
        if (Volatile.Read(ref _count) < capacity && _entries.TryAdd(hash, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
