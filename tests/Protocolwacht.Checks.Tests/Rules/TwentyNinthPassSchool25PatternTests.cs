using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twenty-ninth pass over the school categories (issue 9, batch fresh35-school25), rules
/// alone, each with five sentences in other words than the batches and five look-alikes: a thing of the school told as
/// stalled ("hapert", "ligt plat", "staat stil", "zit vast", "doet het niet") with a duration or "weer"; the organisation
/// that leaves the school "zitten"; scare quotes after a naming verb, a modal or a copula; praise as irony before a loss;
/// news kept "voor je" or not "rondverteld"; a pupil put in the corner; and a false stop of the threat judge (a wheelchair
/// that is the subject of a later clause).
/// </summary>
public class TwentyNinthPassSchool25PatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool NoComplaint(string text) => !TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement);

    [Theory]
    [InlineData("De beamer in het speellokaal hapert al sinds maandag.")]
    [InlineData("Het netwerk van school ligt deze week alweer plat.")]
    [InlineData("Het toetsprogramma staat al twee weken stil en de cijfers moeten vrijdag binnen zijn.")]
    [InlineData("De schuifdeur van de hal zit alweer vast, de kleuters kunnen niet naar buiten.")]
    [InlineData("De wifi in de bovenbouw doet het nog steeds niet.")]
    public void Check_AThingOfTheSchoolStalledForLongOrAgain_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("De lift staat stil wegens een keuring; bezoekers met een rolstoel kunnen via de zijdeur.")]
    [InlineData("Bij het spel standbeeld staan de kinderen stil zodra de trommel zwijgt.")]
    [InlineData("De server lag vanochtend even plat, maar dankzij onze ICT'er werkt alles weer.")]
    [InlineData("Onze bus zat een uur vast in de sneeuw op weg naar het museum.")]
    [InlineData("De printer doet het weer! Alle werkboekjes zijn gekopieerd.")]
    public void Check_ANoticeAGameARepairOrABusInTheSnow_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Het bestuur laat de kleine scholen in het dorp gewoon zitten.")]
    [InlineData("Konot liet ons team de hele winter zitten met een kapotte verwarming.")]
    [InlineData("De directie laat de collega's van de onderbouw maar zitten met die extra groep.")]
    [InlineData("We voelen ons als team in de steek gelaten door het bestuur.")]
    [InlineData("Konot laat onze school al jaren zitten met dat lekkende dak.")]
    public void Check_TheOrganisationThatLeavesTheSchoolBehind_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("In het prentenboek wordt het kleine konijn door de andere dieren in de steek gelaten.")]
    [InlineData("In het sprookje wordt de prinses door de koning in de steek gelaten.")]
    [InlineData("Laat je jas maar zitten, we gaan zo weer naar buiten.")]
    [InlineData("Laat de kinderen rustig zitten tijdens het voorlezen.")]
    [InlineData("De musical gaat over een hond die in de steek gelaten wordt, en groep 8 speelt hem prachtig.")]
    public void Check_AStoryOrAnInstructionToSit_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Dat noemen ze bij het bestuur 'ruimte geven'.")]
    [InlineData("Een vragenlijst achteraf. Dit heet 'samenspraak'.")]
    [InlineData("Ze noemen dat 'vernieuwing', wij noemen het meer werk.")]
    [InlineData("We moeten weer 'eigenaarschap' tonen voor een besluit dat al genomen is.")]
    [InlineData("Het nieuwe jaarplan van de directie is 'ambitieus'.")]
    public void Check_APolicyWordInScareQuotesAfterANamingVerbAModalOrACopula_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Liam noemt zijn rekenschrift 'het monster', maar hij maakt alle sommen.")]
    [InlineData("De schoolkrant heet 'De Vliegende Pen' en komt vrijdag uit.")]
    [InlineData("In groep 4 noemen we de leesbank 'de boot'.")]
    [InlineData("Ons klassenhuisdier heet 'Bolletje' en is een cavia.")]
    [InlineData("De kinderen moeten het woord 'fotosynthese' kunnen uitleggen.")]
    public void Check_APupilsNameATitleOrAWordOfTheLesson_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Fijn besluit weer van de directie. De zwemles wordt geschrapt.")]
    [InlineData("Mooi geregeld weer door Konot: de dependance gaat sluiten.")]
    [InlineData("Knap werk weer van het bestuur. Het budget voor de bieb wordt gehalveerd.")]
    [InlineData("Prachtig plan weer van de directie: de muziekles wordt afgeschaft.")]
    [InlineData("Geweldig idee weer van het bestuur. Er wordt bezuinigd op de onderwijsassistenten.")]
    public void Check_PraiseAgainOfTheOrganisationBeforeALoss_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Mooi werk van het bestuur: het nieuwe schoolplein is klaar!")]
    [InlineData("Knap werk weer van groep 7. De schoolkrant is af!")]
    [InlineData("Fijn besluit van de directie: de gymzaal wordt niet gesloten.")]
    [InlineData("Mooi geregeld weer door de ouderraad: het kerstdiner was een feest.")]
    [InlineData("Goed nieuws weer van het bestuur. Elke school krijgt een nieuwe speeltuin.")]
    public void Check_SincerePraiseOrPraiseOfPupilsOrParents_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Dit moet ik nog even voor me houden, maar onze intern begeleider gaat weg.")]
    [InlineData("Houd dit even voor jullie: de kleutergroepen gaan naar een ander gebouw.")]
    [InlineData("Nog niet rondvertellen: volgend jaar krijgen we een nieuwe directeur.")]
    [InlineData("We moeten het nog voor ons houden, maar de school in Brinkhorst gaat fuseren.")]
    [InlineData("Hou het nog even voor je, maar er verdwijnen twee banen op het bestuursbureau.")]
    public void Check_NewsKeptForNowInOtherWords_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Houd het nog even voor je: het cadeau voor meester Kees ligt klaar.")]
    [InlineData("Nog niet rondvertellen, want vrijdag verrassen we de juf met een taart!")]
    [InlineData("Hou het nog voor je: Sinterklaas komt dit jaar met de trein.")]
    [InlineData("Bij elke reorganisatie van de kast vinden we weer oude knutselspullen.")]
    [InlineData("Houd je handen maar voor je, zeg ik tegen de kleuters bij het voorlezen.")]
    public void Check_ASurpriseAPresentOrACupboard_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Noah heeft vanochtend een tijdje in de hoek gestaan na het gedoe bij de kapstok.")]
    [InlineData("Sara stond de hele pauze in de hoek omdat ze een klasgenoot had geduwd.")]
    [InlineData("Daan moest in de hoek zitten tijdens het kringgesprek.")]
    [InlineData("Emma is door de invaller in de hoek gezet.")]
    [InlineData("Liam zat gisteren het hele kwartier in de hoek.")]
    public void Check_ANamedPupilPutInTheCorner_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement), text);
    }

    [Theory]
    [InlineData("Noah stond bij de wedstrijd in de hoek van het veld en scoorde.")]
    [InlineData("Sara zat vandaag heerlijk in de leeshoek met haar nieuwe boek.")]
    [InlineData("Liam stond in de hoek van het podium als de wachter van het kasteel.")]
    [InlineData("Daan bouwde in de bouwhoek een kasteel van blokken.")]
    [InlineData("Noah zette de kerstboom in de hoek van het lokaal.")]
    public void Check_ACornerOfAFieldAStageOrAPlayCorner_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("De lift staat stil, dus de rolstoel van onze leerling moet via de achterdeur.")]
    [InlineData("De stoep is opgebroken, dus de rolstoel van meester Bas moet via de parkeerplaats.")]
    [InlineData("We zijn te laat, maar de rolstoel moet eerst nog in de bus.")]
    [InlineData("Het plein ligt open, dus de rolstoel van de opa van Noah moet over het gras.")]
    [InlineData("De deur klemt, dus de rolstoel moet via de zijingang naar binnen.")]
    public void Check_AWheelchairAsTheSubjectOfALaterClause_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Als je nog één keer aan mijn fiets zit, beland je in een rolstoel.")]
    [InlineData("Als die vader nog één keer komt schreeuwen, moet hij daarna in een rolstoel naar huis.")]
    [InlineData("Als je nog eens aan mijn dochter komt, lig je in het ziekenhuis.")]
    [InlineData("Als hij dat nog eens doet, moet hij naar het ziekenhuis.")]
    [InlineData("Die jongen moet in een rolstoel, als het aan mij ligt.")]
    public void Check_AWheelchairAsAThreatenedResult_IsStillAThreat(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Block), text);
}
