namespace Protocolwacht.Connectors.Tests;

public sealed class TextLengthTests
{
    [Fact]
    public void Measure_CodePoints_CountsAnEmojiOnce()
    {
        Assert.Equal(6, TextLength.Measure("Hallo😀", TextLengthUnit.CodePoints));
    }

    [Fact]
    public void Measure_Graphemes_CountsAFamilyEmojiAndAnAccentOnce()
    {
        Assert.Equal(3, TextLength.Measure("e\u0301👨‍👩‍👧x", TextLengthUnit.Graphemes));
    }

    [Theory]
    [InlineData("Hallo", 5)]
    [InlineData("Hallo 😀", 8)]
    [InlineData("学校", 4)]
    [InlineData("Zie https://www.kindcentrum.example/een/heel/lange/link/naar/de/nieuwsbrief", 27)]
    public void Measure_XWeighted_FollowsXsCounting(string text, int expected)
    {
        Assert.Equal(expected, TextLength.Measure(text, TextLengthUnit.XWeighted));
    }

    [Fact]
    public void Fits_UsesTheCapabilitiesLimitAndUnit()
    {
        var capabilities = new PlatformCapabilities
        {
            DisplayName = "Test",
            MaxTextLength = 4,
            TextLengthUnit = TextLengthUnit.XWeighted,
            CanEdit = false,
            CanDelete = false,
            SupportsIdempotencyKey = false,
            CanReconcile = false,
            RequiresMedia = false,
            MediaKinds = new HashSet<MediaKind>(),
            MaxMediaCount = 0,
        };

        Assert.True(TextLength.Fits("学校", capabilities));
        Assert.False(TextLength.Fits("学校x", capabilities));
    }
}
