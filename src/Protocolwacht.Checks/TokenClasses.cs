using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks;

/// <summary>
/// The word classes of each token of a check (see <see cref="Language.TokenClassifier"/>), read as an array of masks:
/// <c>classes[k] &amp; mask</c>. Behind it one <see cref="ClassedToken"/> per token, so a plain word's mask is not
/// copied into the check (see <see cref="ClassedToken"/>), and the plain word itself is at hand for the lexicon index.
/// </summary>
internal readonly struct TokenClasses
{
    /// <summary>
    /// Ranges of at least this many tokens have their union kept (<see cref="AnyIn"/>); shorter ones are scanned. Was 40 (for
    /// long texts only); at 8 an ordinary sentence is kept too, as the judges ask <c>s.Has</c> of it many times per post and
    /// the scan was 2.4 % of the batch's samples (perf23, docs/benchmarks.md).
    /// </summary>
    public const int LongRange = 8;

    private readonly ClassedToken[] _tokens;

    // Only a check that can hold a long range has one: a tweet allocates nothing for it.
    private readonly RangeUnions? _unions;

    public TokenClasses(ClassedToken[] tokens)
    {
        _tokens = tokens;
        _unions = tokens.Length >= LongRange ? new RangeUnions() : null;
    }

    /// <summary>The classes of token <paramref name="index"/>, by reference: a pattern asks <c>(classes[k] &amp; mask) != 0</c> of the mask where it lies.</summary>
    public ref readonly ClassMask this[int index] => ref _tokens[index].Classes;

    public int Length => _tokens.Length;

    /// <summary>What the check holds of token <paramref name="index"/>: its classes, and its word bit for <see cref="LookAhead"/>.</summary>
    public ClassedToken At(int index) => _tokens[index];

    /// <summary>What the lexicon index keeps of token <paramref name="index"/> when it is a plain word, else null.</summary>
    public PlainWord? PlainWordAt(int index) => _tokens[index] as PlainWord;

    /// <summary>
    /// Whether a token from <paramref name="first"/> to <paramref name="last"/> (inclusive) has any of the classes in
    /// <paramref name="mask"/>. A judge asks this of its sentence for many of the sentence's tokens; a scan each time made
    /// a long sentence quadratic, so a long range's union of classes is kept and each ask of it is one AND.
    /// </summary>
    public bool AnyIn(int first, int last, in ClassMask mask)
    {
        if (_unions is null || last - first + 1 < LongRange)
        {
            for (var i = first; i <= last; i++)
            {
                if ((_tokens[i].Classes & mask) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        return (_unions.Of(_tokens, first, last) & mask) != 0;
    }

    public Enumerator GetEnumerator() => new(_tokens);

    /// <summary>The unions of the two long ranges asked last: a judge asks of its sentence and of the one before.</summary>
    private sealed class RangeUnions
    {
        private (int First, int Last, ClassMask Union) _recent = (-1, -1, default);
        private (int First, int Last, ClassMask Union) _older = (-1, -1, default);

        public ClassMask Of(ClassedToken[] tokens, int first, int last)
        {
            if (_recent.First == first && _recent.Last == last)
            {
                return _recent.Union;
            }

            if (_older.First == first && _older.Last == last)
            {
                (_recent, _older) = (_older, _recent);
                return _recent.Union;
            }

            var union = ClassMask.Zero;
            for (var i = first; i <= last; i++)
            {
                union |= tokens[i].Classes;
            }

            _older = _recent;
            _recent = (first, last, union);
            return union;
        }
    }

    /// <summary>Walks the masks in token order, as <c>foreach</c> over an array of them would.</summary>
    public struct Enumerator(ClassedToken[] tokens)
    {
        private int _index = -1;

        public readonly ref readonly ClassMask Current => ref tokens[_index].Classes;

        public bool MoveNext() => ++_index < tokens.Length;
    }
}
