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
        Assert.Equal(2, text.StartOf(2));
    }

    // The offsets are stored only from the first character that does not fold one for one; every folded character
    // must still map to the original character it came from, before and after that point and across buffer growth.
    [Theory]
    [InlineData("Wat een geweldige kijkochtend vandaag in groep 6!")]
    [InlineData("Café ZOË")]
    [InlineData("ku\u200Bt aan het begin")]
    [InlineData("aan het eind: ku\u200Bt")]
    [InlineData("een 😀 in het midden, daarna gewoon verder")]
    [InlineData("ﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁ groeit")]
    [InlineData("a\uD800b")]
    [InlineData("")]
    public void Offsets_PointEveryFoldedCharacterAtItsOriginal(string original)
    {
        var text = NormalisedText.Create(original);
        var expected = ReferenceOffsets(original);

        Assert.Equal(expected.Count, text.Folded.Length);
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k], (text.StartOf(k), text.EndOf(k)));
        }
    }

    [Fact]
    public void Offsets_AfterALongPlainPrefix_FollowTheWideCharacter()
    {
        var original = new string('a', 300) + "😀" + new string('b', 300) + "\u200B" + "c";
        var text = NormalisedText.Create(original);
        var expected = ReferenceOffsets(original);

        Assert.Equal(expected.Count, text.Folded.Length);
        var firstB = text.Folded.IndexOf('b', StringComparison.Ordinal);
        Assert.Equal((302, 303), (text.StartOf(firstB), text.EndOf(firstB)));
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k], (text.StartOf(k), text.EndOf(k)));
        }
    }

    // The original's characters one by one through the folder, without any fast path.
    private static List<(int Start, int End)> ReferenceOffsets(string original)
    {
        var offsets = new List<(int, int)>();
        for (var i = 0; i < original.Length;)
        {
            var width = char.IsHighSurrogate(original[i]) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1;
            var codePoint = width == 2 ? char.ConvertToUtf32(original[i], original[i + 1]) : original[i];
            foreach (var _ in CharFolder.Fold(codePoint))
            {
                offsets.Add((i, i + width));
            }

            i += width;
        }

        return offsets;
    }
}
