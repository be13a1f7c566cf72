using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks;

/// <summary>
/// The word classes of each token of a check (see <see cref="Language.TokenClassifier"/>), read as an array of masks:
/// <c>classes[k] &amp; mask</c>. Behind it one <see cref="ClassedToken"/> per token, so a plain word's mask is not
/// copied into the check (see <see cref="ClassedToken"/>), and the plain word itself is at hand for the lexicon index.
/// </summary>
internal readonly struct TokenClasses
{
    private readonly ClassedToken[] _tokens;

    public TokenClasses(ClassedToken[] tokens) => _tokens = tokens;

    public ClassMask this[int index] => _tokens[index].Classes;

    public int Length => _tokens.Length;

    /// <summary>What the check holds of token <paramref name="index"/>: its classes, and its word bit for <see cref="LookAhead"/>.</summary>
    public ClassedToken At(int index) => _tokens[index];

    /// <summary>What the lexicon index keeps of token <paramref name="index"/> when it is a plain word, else null.</summary>
    public PlainWord? PlainWordAt(int index) => _tokens[index] as PlainWord;

    public Enumerator GetEnumerator() => new(_tokens);

    /// <summary>Walks the masks in token order, as <c>foreach</c> over an array of them would.</summary>
    public struct Enumerator(ClassedToken[] tokens)
    {
        private int _index = -1;

        public readonly ClassMask Current => tokens[_index].Classes;

        public bool MoveNext() => ++_index < tokens.Length;
    }
}
