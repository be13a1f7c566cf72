using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Tests.Caching;

/// <summary>
/// The per-word caches of the check (see BoundedCache) answer what the uncached code answers, the first time and
/// every time after.
/// </summary>
public class CachedAnswersTests
{
    [Theory]
    [InlineData("onderwijs")]
    [InlineData("kinderen")]
    [InlineData("huisjes")]
    [InlineData("gefietst")]
    [InlineData("marokanen")]
    [InlineData("xqzvbnmw")]
    [InlineData("k")]
    public void IsWordOrInflection_ForAToken_IsTheSameAsTheUncachedAnswer(string word)
    {
        var uncached = DictionaryWords.IsWordOrInflection(word.AsSpan());

        Assert.Equal(uncached, DictionaryWords.IsWordOrInflection(word));
        Assert.Equal(uncached, DictionaryWords.IsWordOrInflection(new string(word.AsSpan())));
    }

    [Theory]
    [InlineData("marokanen")] // a letter dropped
    [InlineData("vluchtelinggen")] // a letter doubled
    [InlineData("kutcollega")] // a compound
    [InlineData("rattennest")] // a crowd
    public void Classify_AskedTwice_GivesTheSameClasses(string key)
    {
        var token = new Token(0, key.Length, key, null, 0, TokenFlags.Letters);
        var first = TokenClassifier.Default.Classify(token);

        var second = TokenClassifier.Default.Classify(token with { Key = new string(key.AsSpan()) });

        Assert.Equal(first, second);
        Assert.NotEqual(ClassMask.Zero, first);
    }

    [Theory]
    [InlineData("kut", "kut")]
    [InlineData("groep7", "groep7")]
    [InlineData("kuuut", "kut")] // stretched letters squeezed
    [InlineData("1000", "1000")] // digits are not squeezed
    [InlineData("Kut", "kut")]
    [InlineData("Zoë", "zoe")]
    [InlineData("burn-out", "burnout")]
    [InlineData("", "")]
    public void KeyOf_PlainAndOtherWords_FoldAsTheTokenizerDoes(string word, string key) =>
        Assert.Equal(key, Term.KeyOf(word));
}
