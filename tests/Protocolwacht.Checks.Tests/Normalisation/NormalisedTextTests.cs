using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Tests.Normalisation;

public class NormalisedTextTests
{
    [Theory]
    [InlineData("Café", "cafe")]
    [InlineData("ZOË", "zoe")]
    [InlineData("kl\u043Ete", "klote")]
    [InlineData("\u0391\u03BFc", "aoc")]
    [InlineData("ku\u200Bt", "kut")]
    [InlineData("ﬁets", "fiets")]
    [InlineData("ＡＢＣ", "abc")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    public void Create_FoldsCaseDiacriticsConfusablesAndFormatCharacters(string original, string folded)
    {
        Assert.Equal(folded, NormalisedText.Create(original).Folded);
    }

    [Fact]
    public void ToOriginal_MapsFoldedSpanBackAcrossRemovedAndWideCharacters()
    {
        const string original = "a\u200B😀ku\u200Bt!";
        var text = NormalisedText.Create(original);
        var at = text.Folded.IndexOf("kut", StringComparison.Ordinal);

        var (start, end) = text.ToOriginal(at, at + 3);

        Assert.Equal("ku\u200Bt", original[start..end]);
    }

    [Fact]
    public void Create_UnpairedSurrogate_BecomesPlaceholder()
    {
        var text = NormalisedText.Create("a\uD800b");

        Assert.Equal(3, text.Folded.Length);
        Assert.Equal(2, text.Starts[2]);
    }
}
