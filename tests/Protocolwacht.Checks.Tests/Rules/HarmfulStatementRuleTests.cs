namespace Protocolwacht.Checks.Tests.Rules;

public class HarmfulStatementRuleTests
{
    [Theory]
    [InlineData("Die nieuwe invaller is echt een sukkel.")]
    [InlineData("Wat een achterlijke ouders hebben we dit jaar.")]
    [InlineData("Collega's van de overkant zijn gewoon luie types.")]
    [InlineData("Sommige vaders zijn echt 1d10t3n.")]
    [InlineData("Wat een zeurkousen, die ouders.")]
    [InlineData("Kut-ouders die hun kind nooit op tijd ophalen.")]
    [InlineData("Wat een kloteleerlingen dit jaar.")]
    public void Check_Insult_Blocks(string text)
    {
        var result = TestChecker.Personal(text, "kees.dekker");

        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Als die moeder nog eens gaat schreeuwen, weet ik haar wel te vinden.")]
    [InlineData("Die jongen krijgt een klap als hij dat nog eens doet.")]
    public void Check_Threat_Blocks(string text)
    {
        Assert.True(TestChecker.Personal(text, "kees.dekker").Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Al die Marokkanen zorgen voor overlast rond de school.")]
    [InlineData("Buitenlanders zijn lui, dat zie je op het plein.")]
    public void Check_DiscriminatoryRemark_Blocks(string text)
    {
        Assert.True(TestChecker.Personal(text, "kees.dekker").Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Fact]
    public void Check_Slander_Blocks()
    {
        Assert.True(TestChecker.Personal("De penningmeester steekt het ouderbijdragegeld in eigen zak.", "kees.dekker").Has(Categories.HarmfulStatement, Severity.Block));
    }

    [Theory]
    [InlineData("Jammer dat de directie nooit naar ons luistert.")]
    [InlineData("Weer een studiedag waar de helft van de collega's niet kwam opdagen.")]
    [InlineData("Het nieuwe beleid van het bestuur is een papieren tijger.")]
    public void Check_NegativeRemarkAboutOwnOrganisation_Doubts(string text)
    {
        var result = TestChecker.Personal(text, "kees.dekker");

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.HarmfulStatement));
    }

    [Theory]
    [InlineData("Het kabinet moet meer investeren in onderwijs, vind ik.")]
    [InlineData("Polen is een mooi land om op vakantie te gaan.")]
    [InlineData("Wij verwelkomen de nieuwe leerlingen uit Oekraïne.")]
    [InlineData("Dikke pluim voor alle kinderen van groep 5!")]
    [InlineData("De kinderen speelden een dom spelletje met de juf en lachten veel.")]
    [InlineData("In de kinderboerderij zagen we varkens en een aap.")]
    [InlineData("In Polen is het in de winter niet zo warm als hier.")]
    [InlineData("Dank je wel Konot voor de mooie teamdag!")]
    [InlineData("Konot krijgt veel te weinig geld van het Rijk voor onderwijs.")]
    [InlineData("Geen moeite is ons te veel voor de kinderen.")]
    [InlineData("We lopen voor onderzoek naar kanker bij kinderen.")]
    [InlineData("Welkom aan onze nieuwe collega Mehmet Kutlu!")]
    public void Check_NeutralOrRespectfulText_IsNotHarmful(string text)
    {
        Assert.False(TestChecker.Personal(text, "kees.dekker").Has(Categories.HarmfulStatement), text);
    }

    // A negation elsewhere in the sentence ("nooit") must not cancel an insulting adjective.
    [Theory]
    [InlineData("Die ouders van groep 5 zijn echt dom, ze komen nooit op tijd.")]
    [InlineData("Die nieuwe conciërge is een luiaard.")]
    [InlineData("Wat een slappelingen zitten er in dat team.")]
    public void Check_InsultWithNegationElsewhereOrNewInsultNoun_Blocks(string text)
    {
        Assert.True(TestChecker.Personal(text, "kees.dekker").Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Fact]
    public void Check_NegatedAdjective_IsNotAnInsult()
    {
        Assert.False(TestChecker.Personal("De leerlingen zijn helemaal niet lui, ze werken hard.", "kees.dekker").Has(Categories.HarmfulStatement, Severity.Block));
    }

    [Theory]
    [InlineData("Turken kun je niet vertrouwen.")]
    [InlineData("Als hij dat nog eens zegt, sleur ik hem het lokaal uit.")]
    [InlineData("Zij besteedt het geld van de ouderraad aan haar eigen vakanties.")]
    public void Check_GeneralisationThreatOrSlander_Blocks(string text)
    {
        Assert.True(TestChecker.Personal(text, "kees.dekker").Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Het duurt weken voordat de directie een mail beantwoordt.")]
    [InlineData("De nieuwe werkwijze is slecht uitgelegd door de schoolleiding.")]
    [InlineData("Alweer geen koffie in de personeelskamer. Wat een organisatie 🙄")]
    public void Check_ComplaintAboutOwnOrganisation_Doubts(string text)
    {
        Assert.Equal(Severity.Doubt, TestChecker.Personal(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));
    }

    [Theory]
    [InlineData("We zochten eikels en beukennootjes in het bos.")]
    [InlineData("De bus kwam niet opdagen, dus we liepen naar het museum.")]
    [InlineData("Wat een organisatie, dank aan alle vrijwilligers!")]
    public void Check_LookAlikeOfHarm_IsNotHarmful(string text)
    {
        Assert.False(TestChecker.Personal(text, "kees.dekker").Has(Categories.HarmfulStatement), text);
    }

    [Theory]
    [InlineData("Wat een stomme opmerking van die vader bij de kassa.")]
    [InlineData("Die buurman is een vuile zak.")]
    public void Check_RidiculeOrInsultNoun_Blocks(string text)
    {
        Assert.True(TestChecker.Personal(text, "kees.dekker").Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Die stagiair was echt een ramp vandaag.")]
    [InlineData("Het bestuur laat ons gewoon stikken met de werkdruk.")]
    [InlineData("Dit is geen goed plan van de directie.")]
    public void Check_NegativeJudgementOfColleagueOrEmployer_Doubts(string text)
    {
        Assert.Equal(Severity.Doubt, TestChecker.Personal(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));
    }

    [Fact]
    public void Check_BagOfCrisps_IsNotAnInsult()
    {
        Assert.False(TestChecker.Personal("Dit is een zak chips voor onderweg.", "kees.dekker").Has(Categories.HarmfulStatement));
    }
}
