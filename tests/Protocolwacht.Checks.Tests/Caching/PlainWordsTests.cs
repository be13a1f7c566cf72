using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Caching;

/// <summary>
/// The lexicon index classifies a plain word together with the entries it may start, once per distinct word:
/// the classes are those the token classifier gives, the first time and every time after, and only plain words
/// get cached candidates.
/// </summary>
public class PlainWordsTests
{
    private static readonly LexiconIndex Index = new CheckResources(OrganisationModel.Demo, new CheckOptions()).Index;

    [Theory]
    [InlineData("Die kankerturken moeten oprotten, zei hij.")] // a compound of a curse and a group
    [InlineData("De marokanen in de wijk zijn tuig.")] // a group noun with a letter dropped
    [InlineData("Wat een k*t weer, f*cking regen!")] // masked curses
    [InlineData("Die 1d10t3n van groep7 en #d3b1e1.")] // leetspeak, a code, a colour
    [InlineData("God-ver-domme, de helft van de klas is ziek.")] // a joined curse and a multi-word entry
    public void Classify_ForEveryToken_GivesTheClassifiersClasses(string text)
    {
        var tokens = Tokenizer.Tokenize(NormalisedText.Create(text)).ToArray();

        var first = Index.Classify(tokens);
        var again = Index.Classify(tokens);

        for (var i = 0; i < tokens.Length; i++)
        {
            var expected = TokenClassifier.Default.Classify(tokens[i]);
            Assert.Equal(expected, first[i]);
            Assert.Equal(expected, again[i]);
            var plain = tokens[i].AltKey is null && tokens[i].RawKey is null
                && (tokens[i].Flags & (TokenFlags.Masked | TokenFlags.Letters | TokenFlags.HexLike)) == TokenFlags.Letters;
            Assert.Equal(plain, first.PlainWordAt(i) is not null);
            Assert.Same(first.PlainWordAt(i), again.PlainWordAt(i));
        }
    }

    [Theory]
    [InlineData("onderwijs", true)]
    [InlineData("huisjes", true)] // an inflection
    [InlineData("xqzvbnmw", false)]
    [InlineData("fiets", true)]
    [InlineData("kat", false)] // below five letters the second opinion does not ask
    public void Classify_APlainWord_KeepsTheDictionarysAnswer(string key, bool expected)
    {
        var token = new Token(0, key.Length, key, null, 0, TokenFlags.Letters);

        var classes = Index.Classify(new[] { token });

        Assert.Equal(expected, classes.PlainWordAt(0)!.IsDictionaryWord);
        Assert.Equal(expected, key.Length >= 5 && DictionaryWords.IsWordOrInflection(key));
    }

    [Fact]
    public void Classify_ATextWithAClassWord_FindsItsClasses()
    {
        // Shows the comparison above can fail: a group noun has classes, so a lookup that lost them would differ.
        var tokens = Tokenizer.Tokenize(NormalisedText.Create("De vluchtelingen")).ToArray();

        var classes = Index.Classify(tokens);

        Assert.NotEqual(ClassMask.Zero, classes[1]);
    }
}
