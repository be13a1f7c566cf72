namespace Protocolwacht.Checks.Tests.Rules;

public class QuoteRuleTests
{
    [Theory]
    [InlineData("Een oma zei bij het hek: 'Wat is deze school toch gezellig.'")]
    [InlineData("'Ik heb nog nooit zoveel geleerd!' riep een leerling na de les.")]
    [InlineData("Onze juf Linda schreef in de klassenapp: \"Morgen is het feest.\"")]
    [InlineData("De wethouder vond dat de nieuwe gymzaal veel te duur was.")]
    [InlineData("Collega Bas zei dat hij nooit meer gaat schaatsen.")]
    public void Check_QuoteWithoutPermission_Doubts(string text)
    {
        var result = TestChecker.School(text);

        Assert.True(result.Has(Categories.Quote, Severity.Doubt), text);
    }

    [Theory]
    [InlineData("'Wat is deze school gezellig,' zei oma Jansen (gedeeld met haar toestemming).")]
    [InlineData("'Ik heb een droom.' Die uitspraak van Martin Luther King bespraken we in groep 8.")]
    [InlineData("Het thema van de Kinderboekenweek is 'Lekker eigenwijs'.")]
    [InlineData("We lazen 'De Gruffalo' in de kring.")]
    [InlineData("Ik vind dat we trots mogen zijn op ons team.")]
    [InlineData("Wat vindt u ervan? Laat het ons weten.")]
    [InlineData("De kinderen vonden dat echt heel spannend.")]
    [InlineData("'Goed gedaan allemaal, jullie waren geweldig!' zei ik tegen groep 5.")]
    public void Check_NoQuoteInThisSense_IsFine(string text)
    {
        Assert.False(TestChecker.School(text).Has(Categories.Quote), text);
    }

    [Fact]
    public void Check_AccordingToAColleague_Doubts()
    {
        Assert.True(TestChecker.School("Volgens mijn collega wordt het morgen erg druk op het plein.").Has(Categories.Quote, Severity.Doubt));
    }

    [Fact]
    public void Check_AccordingToAForecast_IsNotAQuote()
    {
        Assert.False(TestChecker.School("Volgens de weersverwachting wordt het morgen warm.").Has(Categories.Quote));
    }
}
