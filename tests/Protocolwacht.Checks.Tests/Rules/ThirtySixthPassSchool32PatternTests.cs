namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirty-sixth pass over the school categories (issue 9, batch fresh42-school32), rules
/// alone, each with sentences in other words than the batches and look-alikes: a pupil sent out with the place first and
/// the infinitive after a modal, or thrown out with "eruit" (a measure, personal data); one's own class or pupils called a
/// bunch of scornful animals (an insult, block, not a sneer); an internal mail or minutes passed on by their source
/// (confidential); an outcome place inside a condition about anyone (a lesson, no threat); an address found to send a card
/// (an errand, no threat); "van" and a capitalised word after a named event (a town, no person).
/// </summary>
public class ThirtySixthPassSchool32PatternTests
{
    private static CheckResult Check(string text) => TestChecker.PersonalByRules(text);

    private static bool PersonalData(string text) => Check(text).Has(Categories.PersonalData, Severity.Block);

    private static bool Harmful(string text) => Check(text).Has(Categories.HarmfulStatement, Severity.Block);

    private static bool Confidential(string text) => Check(text).Has(Categories.Confidential, Severity.Block);

    [Theory]
    [InlineData("Moest dat ventje uit groep 6 vanmiddag de gang op sturen, hij bleef maar kletsen.")]
    [InlineData("Een meisje uit mijn klas moest ik vandaag de gang op sturen.")]
    [InlineData("Heb die jongen uit groep 5 vanochtend de klas uit moeten zetten.")]
    [InlineData("Die knul uit mijn groep heb ik eruit gegooid na zijn scheldpartij.")]
    [InlineData("Die jongen uit groep 8 heb ik gisteren eruit gezet.")]
    public void Check_APupilSentOutWithThePlaceFirstOrEruit_IsPersonalData(string text) =>
        Assert.True(PersonalData(text), text);

    [Theory]
    [InlineData("Na het feest hebben we de stoelen de gang op gezet.")]
    [InlineData("We hebben de oude boeken eruit gegooid en de kast opgeruimd.")]
    [InlineData("De juf heeft de kinderen in groepjes apart gezet voor het project.")]
    [InlineData("De tafels moesten de klas uit voor de musical.")]
    public void Check_ThingsPutOutOrPupilsGrouped_IsNoPersonalData(string text) =>
        Assert.False(PersonalData(text), text);

    [Theory]
    [InlineData("Mijn klas is een stelletje hersenloze apen.")]
    [InlineData("Wat een zootje luie schapen heb ik dit jaar in groep 6.")]
    [InlineData("Mijn leerlingen zijn domme ganzen.")]
    [InlineData("Die kinderen van groep 7 zijn een kudde stomme koeien.")]
    public void Check_OwnPupilsCalledABunchOfScornfulAnimals_IsAnInsult(string text) =>
        Assert.True(Harmful(text), text);

    [Theory]
    [InlineData("Mijn klas was vandaag een stel wilde apen, maar wel gezellig.")]
    [InlineData("Mijn leerlingen zijn geen domme ganzen, ze leren snel.")]
    [InlineData("Met de klas in de dierentuin gezien: een kudde luie zeehonden lag in de zon.")]
    public void Check_FondAnimalsNegatedOrRealAnimals_IsNoInsult(string text) =>
        Assert.False(Harmful(text), text);

    [Theory]
    [InlineData("Uit de mail van het bestuur van vanochtend: er moeten drie leerkrachten weg.")]
    [InlineData("Een stukje uit het appje van de directie: de formatie wordt krap.")]
    [InlineData("Uit de notulen van gisteren: de bovenbouw krijgt een nieuwe methode.")]
    [InlineData("Even iets uit een mailtje van de schoolleiding: de fusie gaat door.")]
    public void Check_AnInternalMailOrMinutesPassedOn_IsConfidential(string text) =>
        Assert.True(Confidential(text), text);

    [Theory]
    [InlineData("Uit de mail van de directeur aan alle ouders: de schoolreis is op 12 juni.")]
    [InlineData("Uit de notulen van de gemeenteraad: het nieuwe zwembad komt er.")]
    [InlineData("Ik kreeg een mail van het bestuur met felicitaties voor het jubileum.")]
    public void Check_AMailToParentsOrPublicMinutes_IsNotConfidential(string text) =>
        Assert.False(Confidential(text), text);

    [Theory]
    [InlineData("Vandaag een les gegeven over wat je moet doen als iemand in het ziekenhuis ligt.")]
    [InlineData("De kinderen leerden hoe je 112 belt als iemand in het ziekenhuis moet komen.")]
    public void Check_AnOutcomePlaceInAConditionAboutAnyone_IsNoThreat(string text) =>
        Assert.False(Harmful(text), text);

    [Theory]
    [InlineData("Als iemand nog eens aan mijn fiets komt, ligt hij in het ziekenhuis.")]
    [InlineData("Als je nog een keer aan mijn dochter komt, lig je in het ziekenhuis.")]
    public void Check_AnOutcomePlaceAsTheConsequence_StaysAThreat(string text) =>
        Assert.True(Harmful(text), text);

    [Theory]
    [InlineData("Iemand heeft het adres van onze zieke conciërge gevonden, we sturen een kaart.")]
    [InlineData("We hebben het adres van meester Kees gevonden, de kinderen brengen bloemen.")]
    public void Check_AnAddressFoundForACardOrFlowers_IsNoThreat(string text) =>
        Assert.False(Harmful(text), text);

    [Fact]
    public void Check_AnAddressFoundWithAWarning_StaysAThreat() =>
        Assert.True(Harmful("Ik heb zijn adres gevonden, hij gaat dit nog merken."));

    [Theory]
    [InlineData("Zaterdag lopen we met het team de Ronde van Esveld voor KWF tegen kanker, sponsor je ons?")]
    [InlineData("Onze kleuters zingen op de Kermis van Brinkhorst, een feest tegen kanker.")]
    public void Check_VanAndATownAfterANamedEvent_IsNoPerson(string text) =>
        Assert.False(PersonalData(text), text);

    [Theory]
    [InlineData("Jan van Esveld is weer opgenomen in het ziekenhuis, hij heeft kanker.")]
    [InlineData("Het rapport van Linda was slecht, ze heeft een 3 voor rekenen.")]
    public void Check_VanAfterAFirstNameOrAThing_StaysAPerson(string text) =>
        Assert.True(PersonalData(text), text);

    [Theory]
    [InlineData("Ik lag afgelopen maand een week in het ziekenhuis met een longontsteking.")]
    [InlineData("Lag vorige week zelf in het ziekenhuis met een hartritmestoornis, nu weer aan het werk.")]
    [InlineData("Ik zat de hele kerstvakantie thuis met een hernia.")]
    public void Check_TheAuthorsOwnStayWithATimeBetween_IsPersonalData(string text) =>
        Assert.True(PersonalData(text), text);

    [Theory]
    [InlineData("Ik was vorige week in het ziekenhuis op bezoek, wat een lieve verpleging.")]
    [InlineData("Ik lag vorige week heerlijk in de zon op het terras.")]
    public void Check_AVisitOrNoHealthWord_IsNoPersonalData(string text) =>
        Assert.False(PersonalData(text), text);

    [Theory]
    [InlineData("1 van mn kids heeft dyslexie, zn ouders willen het niet laten testen.")]
    [InlineData("Een van mijn kids is geschorst na de ruzie.")]
    [InlineData("Dat meissie uit groep 5 is geschorst.")]
    public void Check_ChatWordsForAPupilWithASensitiveFact_IsPersonalData(string text) =>
        Assert.True(PersonalData(text), text);

    [Theory]
    [InlineData("Een van mijn kids won vandaag de schaakwedstrijd!")]
    [InlineData("Dat meissie uit groep 5 tekent prachtig.")]
    public void Check_ChatWordsForAPupilWithPraise_IsNoPersonalData(string text) =>
        Assert.False(PersonalData(text), text);

    [Theory]
    [InlineData("We zamelen met de klas geld in voor Stichting Kinderkanker Nederland.")]
    [InlineData("De opbrengst van de sponsorloop gaat naar de stichting tegen kanker.")]
    public void Check_AFoundationAgainstTheDisease_IsNoProfanity(string text) =>
        Assert.False(Check(text).Has(Categories.Profanity, Severity.Block), text);

    [Fact]
    public void Check_TheDiseaseWordAsACurse_StaysProfanity() =>
        Assert.True(Check("Die kinderkanker van een collega zeurt weer.").Has(Categories.Profanity, Severity.Block));
}
