using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// A template's holes are found without a regular expression or a clock: the same split a lazy <c>.*?</c> between
/// anchors would give, and an answer that does not depend on how loaded the machine is.
/// </summary>
public sealed class TemplateTextTests
{
    [Fact]
    public void Match_GivesEachHoleTheShortestTextThatLetsTheRestFit()
    {
        var template = TemplateText.Parse("Op een schoolaccount plaatsen alleen {0}; jouw rol is {1}. Plaats dit niet.");

        var parts = template.Match("Op een schoolaccount plaatsen alleen directie, medewerker; jouw rol is staf. Plaats dit niet.");

        Assert.Equal(["directie, medewerker", "staf"], parts!);
        Assert.Equal(2, template.Holes);
    }

    [Fact]
    public void Match_ASeparatorInsideAPart_MovesTheSplitOnUntilTheRestFits()
    {
        // The first "; " is inside the name; only the second lets the last piece end the sentence.
        var template = TemplateText.Parse("Je noemt {0}; haal {1} weg.");

        Assert.Equal(["A; B", "het"], template.Match("Je noemt A; B; haal het weg.")!);
        Assert.Equal(["A", "x; haal y"], template.Match("Je noemt A; haal x; haal y weg.")!);
    }

    [Theory]
    [InlineData("Je noemt A; haal het weg!")] // the last piece does not end it
    [InlineData("Jij noemt A; haal het weg.")] // the first piece does not start it
    [InlineData("Je noemt A, haal het weg.")] // a separator is missing
    public void Match_ATextTheTemplateDoesNotFit_IsNull(string text) =>
        Assert.Null(TemplateText.Parse("Je noemt {0}; haal {1} weg.").Match(text));

    [Fact]
    public void Match_HolesOutOfOrder_AndATemplateWithoutHoles()
    {
        Assert.Equal(["twee", "een"], TemplateText.Parse("{1} voor {0}").Match("een voor twee")!);
        Assert.Equal([], TemplateText.Parse("Menu").Match("Menu")!);
        Assert.Null(TemplateText.Parse("Menu").Match("Menu's"));
    }

    [Fact]
    public void Match_ABraceThatIsNoHole_IsText()
    {
        var template = TemplateText.Parse("Gebruik {x} in {0}.");

        Assert.Equal(["de tekst"], template.Match("Gebruik {x} in de tekst.")!);
        Assert.Null(template.Match("Gebruik y in de tekst."));
    }

    [Fact]
    public void Match_ManyRepeatedSeparatorsThatFitNoSplit_AnswersNullAfterTryingEachSplitOnce()
    {
        // Four holes and their separators 2,000 times over: without remembering the splits tried this is n^4 work.
        var template = TemplateText.Parse("Dit is {0} (\"{1}\"). Haal dit weg: {2} (z; {3}en een einde");
        var text = "Dit is " + string.Concat(Enumerable.Repeat("x (\"y\"). Haal dit weg: w (z; ", 2000)) + "en geen einde";

        Assert.Null(template.Match(text));
        Assert.NotNull(template.Match(text[..^"en geen einde".Length] + "en een einde"));
    }
}
