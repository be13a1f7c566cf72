namespace Protocolwacht.Checks.Tests.Rules;

public class InformalLanguageRuleTests
{
    [Theory]
    [InlineData("Haha lol, de juf was verkleed als piraat")]
    [InlineData("Btw, morgen geen zwemles.")]
    [InlineData("Thx voor alle hulp bij de kerstmarkt!")]
    [InlineData("Die musical was echt lit, respect voor groep 8")]
    [InlineData("Yo, vergeet je gymspullen niet")]
    public void Check_ChatSlangOnSchoolAccount_Doubts(string text)
    {
        var result = TestChecker.School(text);

        Assert.True(result.Has(Categories.InformalLanguage, Severity.Doubt), text);
        Assert.Equal(Verdict.Doubt, result.Verdict);
    }

    [Fact]
    public void Check_ChatSlangOnPersonalAccount_IsAdvice()
    {
        var result = TestChecker.Personal("Lol, eindelijk weekend", "kees.dekker");

        Assert.True(result.Has(Categories.InformalLanguage, Severity.Advice));
        Assert.Equal(Verdict.Allow, result.Verdict);
    }

    [Theory]
    [InlineData("LET OP: DE SCHOOL IS MORGEN GESLOTEN WEGENS STORING")]
    [InlineData("Morgen geen school!!!")]
    [InlineData("Waarom weet niemand dit???")]
    public void Check_Shouting_Doubts(string text)
    {
        var result = TestChecker.Organisation(text);

        Assert.True(result.Has(Categories.InformalLanguage, Severity.Doubt), text);
    }

    [Theory]
    [InlineData("Alle kinderen kregen een lolly na de schoolfoto.")]
    [InlineData("De MR en de GMR vergaderen op 12 maart.")]
    [InlineData("Een idee voor de ICT-lessen: programmeren met robots!")]
    [InlineData("Het lied 'Lit de Parade' is van een Franse componist.")]
    [InlineData("Vergeet uw ID-bewijs niet bij de aanmelding.")]
    public void Check_OrdinaryLanguage_IsNotInformal(string text)
    {
        var result = TestChecker.School(text);

        Assert.False(result.Has(Categories.InformalLanguage), text);
    }

    [Fact]
    public void Check_LolAsDutchNounForFun_IsNotChatSlang()
    {
        Assert.False(TestChecker.School("Wat een lol hebben de kinderen gehad bij de spellenmiddag.").Has(Categories.InformalLanguage));
    }

    [Theory]
    [InlineData("Lol, de printer doet het weer niet.")]
    [InlineData("Yolo, we gaan gewoon door met de les!")]
    public void Check_ChatInterjection_Doubts(string text)
    {
        Assert.True(TestChecker.School(text).Has(Categories.InformalLanguage, Severity.Doubt), text);
    }
}
