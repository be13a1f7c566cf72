using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Tests.Normalisation;

public class TokenizerTests
{
    private static List<string> Keys(string text) => Tokenizer.Tokenize(NormalisedText.Create(text)).Select(t => t.Key).ToList();

    [Theory]
    [InlineData("k.u.t", "kut")]
    [InlineData("k u t", "kut")]
    [InlineData("k-u-t", "kut")]
    [InlineData("K.U.T.", "kut")]
    public void Tokenize_SingleLettersWithSeparators_AreJoined(string text, string key)
    {
        Assert.Contains(key, Keys(text));
    }

    [Theory]
    [InlineData("kuuuuuut", "kut")]
    [InlineData("k4nker", "kanker")]
    [InlineData("1d10t", "idiot")]
    [InlineData("h@l", "hal")]
    [InlineData("f*ck", "f*ck")]
    public void Tokenize_StretchedLeetAndMasked_AreFolded(string text, string key)
    {
        Assert.Contains(key, Keys(text));
    }

    [Fact]
    public void Tokenize_DoubleLetters_StayDouble()
    {
        Assert.Equal(["boom", "kaas"], Keys("boom kaas"));
    }

    [Fact]
    public void Tokenize_NumbersAreNotLeetFolded()
    {
        Assert.Equal(["2024", "14", "00"], Keys("2024 14.00"));
    }

    [Fact]
    public void Tokenize_SentencesAreCounted()
    {
        var tokens = Tokenizer.Tokenize(NormalisedText.Create("Een zin. Nog een zin! En nog een"));

        Assert.Equal(0, tokens[0].Sentence);
        Assert.Equal(1, tokens[2].Sentence);
        Assert.Equal(2, tokens[^1].Sentence);
    }
}
