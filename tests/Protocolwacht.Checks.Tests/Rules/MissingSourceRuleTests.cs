namespace Protocolwacht.Checks.Tests.Rules;

public class MissingSourceRuleTests
{
    [Theory]
    [InlineData("Uit onderzoek blijkt dat kinderen beter leren na een pauze buiten.")]
    [InlineData("Steeds meer scholen kiezen voor een continurooster.")]
    [InlineData("Een op de vijf kinderen leest nooit voor het slapengaan.")]
    [InlineData("Ruim 30% van de leerlingen fietst naar school.")]
    [InlineData("Kinderen bewegen tegenwoordig veel minder dan vroeger.")]
    [InlineData("Het aantal kinderen met een leesachterstand is de afgelopen jaren verdubbeld.")]
    [InlineData("Het is wetenschappelijk bewezen dat muziek goed is voor het geheugen.")]
    [InlineData("Een derde van alle leerkrachten denkt erover het onderwijs te verlaten.")]
    [InlineData("Kinderen slapen een uur minder dan twintig jaar geleden, hoorde ik op de radio.")]
    [InlineData("Gisteren las ik in een krant dat schoolzwemmen weer terugkomt in veel gemeenten.")]
    public void Check_ClaimWithoutSource_IsAdvice(string text)
    {
        var result = TestChecker.School(text, "karin.mulder");

        Assert.True(result.Has(Categories.MissingSource, Severity.Advice), text);
        Assert.Equal(Verdict.Allow, result.Verdict);
    }

    [Theory]
    [InlineData("Uit onderzoek van het CBS blijkt dat steeds meer kinderen zwemles volgen.")]
    [InlineData("Steeds meer scholen kiezen voor een continurooster (bron: Onderwijsraad, 2024).")]
    [InlineData("Onze school telt dit jaar 212 leerlingen.")]
    [InlineData("Wist u dat onze bibliotheek al 500 boeken uitleende?")]
    [InlineData("Het aantal leerlingen op onze school is gestegen naar 240.")]
    [InlineData("Gisteren las ik in groep 4 het nieuwe boek van Annie M.G. Schmidt voor.")]
    [InlineData("Vanochtend stonden wij met onze leerlingenraad in de krant!")]
    public void Check_SourcedOrOwnFigures_IsFine(string text)
    {
        Assert.False(TestChecker.School(text, "karin.mulder").Has(Categories.MissingSource), text);
    }

    [Fact]
    public void Check_TrendInFiguresWithoutSource_Advises()
    {
        Assert.True(TestChecker.Organisation("Het aantal leerlingen met dyslexie is de afgelopen tien jaar verdubbeld.").Has(Categories.MissingSource, Severity.Advice));
    }
}
