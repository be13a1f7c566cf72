using System.Collections;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Learning;

/// <summary>
/// <see cref="PostFeatures.Words"/> of a checked post: each token's key with its unigram slot, computed when read.
/// Only an explanation of a doubt reads them (<see cref="CategoryModel.HeaviestWords"/>), so a check does not build
/// a list of them; the check's own tokens are kept instead, which it allocated anyway.
/// </summary>
internal sealed class TokenWords(List<Token> tokens) : IReadOnlyList<(string Word, int Slot)>
{
    public int Count => tokens.Count;

    public (string Word, int Slot) this[int index] => (tokens[index].Key, FeatureHash.Of("w", tokens[index].Key));

    public IEnumerator<(string Word, int Slot)> GetEnumerator()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
