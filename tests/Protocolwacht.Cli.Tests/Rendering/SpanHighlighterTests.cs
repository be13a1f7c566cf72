using Protocolwacht.Cli.Rendering;

namespace Protocolwacht.Cli.Tests.Rendering;

public class SpanHighlighterTests
{
    private static readonly SpanHighlighter Markers = new(colour: false);

    [Fact]
    public void Excerpt_ShortText_MarksTheSpanAndKeepsTheRest()
    {
        Assert.Equal("Wat een [[rotweer]] vandaag.", Markers.Excerpt("Wat een rotweer vandaag.", 8, 15));
    }

    [Fact]
    public void Excerpt_LongText_CutsAtWordsWithEllipses()
    {
        var text = string.Join(' ', Enumerable.Repeat("woord", 30)) + " DOEL " + string.Join(' ', Enumerable.Repeat("woord", 30));
        var start = text.IndexOf("DOEL", StringComparison.Ordinal);

        var excerpt = Markers.Excerpt(text, start, start + 4)!;

        Assert.StartsWith("…woord ", excerpt, StringComparison.Ordinal);
        Assert.EndsWith(" woord…", excerpt, StringComparison.Ordinal);
        Assert.Contains(" [[DOEL]] ", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length < 100);
    }

    [Fact]
    public void Excerpt_NewlinesInPost_StayOnOneLine()
    {
        Assert.Equal("Regel een [[twee]]", Markers.Excerpt("Regel een\ntwee", 10, 14));
    }

    [Fact]
    public void Excerpt_Colour_UsesAnsiInsteadOfMarkers()
    {
        var excerpt = new SpanHighlighter(colour: true).Excerpt("een kut dag", 4, 7);

        Assert.Equal("een \u001b[1;4;31mkut\u001b[0m dag", excerpt);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(2, 99)]
    [InlineData(5, 5)]
    [InlineData(6, 4)]
    public void Excerpt_SpanOutsideText_ReturnsNull(int start, int end)
    {
        Assert.Null(Markers.Excerpt("kort bericht", start, end));
    }
}
