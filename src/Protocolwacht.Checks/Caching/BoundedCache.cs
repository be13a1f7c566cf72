using System.Collections.Concurrent;

namespace Protocolwacht.Checks.Caching;

/// <summary>
/// Remembers the answers of a pure function of a word (a token's key) for the life of the process. Posts repeat
/// their words, and the slow paths of the check (compound analysis, misspellings, typing slips, lexicon
/// candidates) give the same answer for the same word every time, so each distinct word pays once. Bounded: once
/// <c>capacity</c> words are stored, later words are computed every time and not stored, so memory cannot grow
/// with the input; the words seen first are the frequent ones. Keys longer than <see cref="MaxKeyLength"/> are
/// never stored. Thread-safe: a race computes a word twice and stores one of two equal answers.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    /// <summary>Longer keys are rare and would make the bound in memory loose.</summary>
    public const int MaxKeyLength = 32;

    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>How many answers are stored (at most the capacity).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The stored answer for <paramref name="key"/>, else <paramref name="compute"/>(state, key), stored while there is room.</summary>
    public TValue GetOrAdd<TState>(string key, TState state, Func<TState, string, TValue> compute)
    {
        if (_entries.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(state, key);
        if (key.Length <= MaxKeyLength && Volatile.Read(ref _count) < capacity && _entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
