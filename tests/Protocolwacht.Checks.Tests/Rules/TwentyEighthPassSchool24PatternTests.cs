using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twenty-eighth pass over the school categories (issue 9, batch fresh34-school24), rules
/// alone, each with five sentences in other words than the batches and five look-alikes: the idioms of failing said of
/// anything the school runs; a thing still missing or a request lost in a drawer; irony about the organisation (everyone
/// but the board, scare quotes, praise after a cut); a leader's opinion by a comparative; news kept back in other words;
/// a pupil sent to a time-out place or who does not cooperate; "Namens …" said by someone who may speak for the school;
/// and two false stops of the threat judge (a taking verb after a thing, drowning in work).
/// </summary>
public class TwentyEighthPassSchool24PatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool NoComplaint(string text) => !TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement);

    private static bool Threat(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Block);

    [Theory]
    [InlineData("De koffiemachine in de teamkamer ging vanochtend alweer op zwart.")]
    [InlineData("Het smartboard werkt vandaag weer niet mee, dus de rekenles gaat via het krijtbord.")]
    [InlineData("De website van school ligt er al twee dagen uit.")]
    [InlineData("De printer in het leraarlokaal weigert sinds maandag.")]
    [InlineData("Het leerlingvolgsysteem ligt eruit, net nu we de cijfers moeten invoeren.")]
    public void Check_AThingOfTheSchoolFailingByAnIdiom_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Aan het eind van de musical gingen alle lichten op zwart en klonk het slotlied.")]
    [InlineData("De website van de tennisclub ligt er weer uit.")]
    [InlineData("Mijn laptop thuis weigert de update.")]
    [InlineData("Het digibord ging even op zwart, maar de conciërge heeft het al gerepareerd.")]
    [InlineData("Door een stroomstoring in de hele wijk ging de beamer op zwart; de kinderen vonden het spannend.")]
    public void Check_AMusicalAClubsSiteARepairOrAPowerCut_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Nog steeds geen nieuwe stoelen in lokaal 3, terwijl we ze in maart aanvroegen.")]
    [InlineData("Nog altijd geen werkende wifi in de gymzaal voor onze groep.")]
    [InlineData("Nog steeds geen antwoord op onze vraag om een extra lokaal.")]
    [InlineData("Ons voorstel voor een rustiger pauze verdween in een la.")]
    [InlineData("Elke aanvraag van het team belandt op de stapel van de directie.")]
    public void Check_AThingStillMissingOrARequestLostInADrawer_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Nog steeds geen sneeuw, dus de sleeën blijven in de schuur.")]
    [InlineData("Nog altijd geen post van de belastingdienst, gelukkig.")]
    [InlineData("Mijn oude brieven verdwijnen in een la op zolder.")]
    [InlineData("Nog steeds geen internet thuis na de verhuizing.")]
    [InlineData("Mijn aanvraag voor een parkeervergunning verdween bij de gemeente in een la.")]
    public void Check_WeatherMailAtHomeOrTheTownHall_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Iedereen begrijpt dat dit rooster niet werkt, behalve de directie zelf.")]
    [InlineData("Elke collega ziet het probleem, alleen het bestuur zelf niet.")]
    [InlineData("We werden weer eens 'gehoord': een formulier met drie vakjes.")]
    [InlineData("Onze 'inspraak' bij het nieuwe besluit bestond uit één mailtje.")]
    [InlineData("Het bestuur sluit de dependance. Knap hoor.")]
    [InlineData("De directie schrapt de excursie naar het museum. Goed bezig.")]
    public void Check_IronyAboutTheOrganisation_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Knap hoor, groep 8! Wat een prachtige musical.")]
    [InlineData("Goed bezig, Liam! Je hebt je zwemdiploma.")]
    [InlineData("Iedereen had het raadsel door, behalve meester Bas zelf.")]
    [InlineData("Een leerling noemde de nieuwe schommel 'de raket'.")]
    [InlineData("In groep 6 leerden we wat 'democratie' betekent.")]
    public void Check_SincerePraiseAJokeOrAPupilsWordInQuotes_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("De toetsen in groep 8 moeten minder.")]
    [InlineData("Passend onderwijs moet duidelijker geregeld worden.")]
    [InlineData("Het schooladvies moet eenvoudiger en eerlijker.")]
    [InlineData("De regels voor de toetsen moeten duidelijker.")]
    [InlineData("De klassen in het basisonderwijs moeten kleiner.")]
    public void Check_ALeadersOpinionByAComparative_IsACapacityDoubt_ATeachersIsNot(string text)
    {
        Assert.True(TestChecker.PersonalByRules(text, "karin.mulder").Has(Categories.Capacity, Severity.Doubt), text);
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Capacity, Severity.Doubt), text);
    }

    [Theory]
    [InlineData("Meester Jeroen vertrekt na de kerst, maar dat mag nog niet gedeeld worden.")]
    [InlineData("De fusie met Het Kompas houden we nog even onder de pet.")]
    [InlineData("Groep 7 en 8 worden samengevoegd, maar voordat het officieel is zeg ik niks.")]
    [InlineData("Juf Noor vertrekt na de zomer; houd het onder de pet tot de brief er is.")]
    [InlineData("De dependance gaat dicht, dat mag nog niet verteld worden.")]
    public void Check_NewsKeptBackInOtherWords_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Onder de pet houden: we verrassen juf Linda morgen met een taart.")]
    [InlineData("Houd het onder de pet: het schoolreisje gaat naar de Efteling!")]
    [InlineData("Voordat het officieel begint, drinken we koffie in de aula.")]
    [InlineData("De uitslag van de voorleeswedstrijd mag nog niet gedeeld worden, spannend!")]
    [InlineData("Het is officieel: onze nieuwe gymzaal is open!")]
    public void Check_ASurpriseAnOutingOrACompetitionKeptBack_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Noah is vanochtend naar de time-out plek gestuurd omdat hij bleef schoppen.")]
    [InlineData("Liam zat het hele uur in de time-outhoek na het gedoe in de kring.")]
    [InlineData("Sara zat een kwartier in de timeout omdat ze niet luisterde.")]
    [InlineData("Liam is naar de time-out gestuurd omdat hij zijn klasgenoot sloeg.")]
    [InlineData("Noah werkte gisteren bij de toets niet mee.")]
    [InlineData("Sara werkt bij het rekenen niet goed mee.")]
    public void Check_ANamedPupilInATimeOutOrNotCooperating_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("In de basketbalwedstrijd vroeg de coach van Noah een time-out.")]
    [InlineData("Liam hielp op de gang met het ophangen van de slingers.")]
    [InlineData("We hebben in de klas een nieuwe time-out plek ingericht met kussens.")]
    [InlineData("Sara mocht bij de directeur haar tekening laten zien.")]
    [InlineData("Noah nam even een time-out in de leeshoek en las zijn boek uit.")]
    public void Check_ATimeOutInAMatchOrAPupilHelping_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Namens Het Kompas: volgend jaar gaan we van negen naar acht groepen.")]
    [InlineData("Namens Het Kompas: volgend schooljaar gaat er een fte weg in de onderbouw.")]
    [InlineData("Namens Het Kompas: door krimp gaan we naar zeven groepen.")]
    [InlineData("Namens Het Kompas: de fusie met De Regenboog gaat volgende zomer door.")]
    [InlineData("Namens Het Kompas: de formatie wordt kleiner, we gaan met minder groepen verder.")]
    public void Check_APlanAnnouncedOnBehalfOfTheSchoolByOneWhoMayPost_IsNoLeak(string text)
    {
        // A medewerker of Het Kompas on its account announces; a colleague of another school on that account, or anyone
        // on a personal account, cannot speak for it, so the same words stay a leak.
        Assert.False(TestChecker.SchoolByRules(text, "noor.peters", "kompas").Has(Categories.Confidential), text);
        var outsider = TestChecker.SchoolByRules(text, "tom.hendriks", "kompas");
        Assert.True(outsider.Has(Categories.Confidential, Severity.Block), text);
        Assert.True(outsider.Has(Categories.Unauthorized, Severity.Block), text);
        Assert.True(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Confidential, Severity.Block), text);
    }

    [Fact]
    public void Check_APlanAnnouncedOnBehalfOfTheSchoolButKeptBack_IsStillALeak() =>
        Assert.True(TestChecker.SchoolByRules("Namens Het Kompas: volgend jaar naar acht groepen, maar dat mag nog niet naar buiten.", "noor.peters", "kompas")
            .Has(Categories.Confidential, Severity.Block));

    [Theory]
    [InlineData("De wifi valt weg zodra de leerlingen hun tablets pakken.")]
    [InlineData("Als de kinderen de laptops pakken, loopt het systeem vast.")]
    [InlineData("Wanneer de kleuters hun jassen pakken, is het altijd chaos in de gang.")]
    [InlineData("Als de kinderen in hun handen klappen, begint de dans.")]
    [InlineData("Zodra de ouders de fietsen pakken, gaat het hek dicht.")]
    public void Check_ATakingVerbAfterAThing_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("Als die jongen nog één keer aan mijn fiets zit, krijgt hij klappen.")]
    [InlineData("Als die kinderen nog eens mijn auto bekrassen, krijgen ze rake klappen.")]
    [InlineData("Als die etters mijn tuin weer vernielen, krijgen die jongens klappen.")]
    [InlineData("Als die vader weer gaat schreeuwen, krijgt die vent een pak slaag.")]
    [InlineData("Zodra die gasten weer op mijn stoep staan, krijgen ze klappen.")]
    public void Check_BlowsPromisedOnACondition_AreStillAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Theory]
    [InlineData("Leraren verdrinken in de regels die ze allemaal moeten volgen.")]
    [InlineData("Collega's verzuipen in het nakijkwerk dat nog moet gebeuren.")]
    [InlineData("De intern begeleiders verdrinken in de formulieren die ingevuld moeten worden.")]
    [InlineData("Scholen verdrinken in de eisen waar ze aan moeten voldoen.")]
    [InlineData("Leerkrachten verdrinken in het papierwerk dat er moet gebeuren.")]
    public void Check_DrowningInWorkWithAMustFurtherOn_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("Die leraren moeten verdrinken.")]
    [InlineData("Die vent moet je gewoon verzuipen.")]
    [InlineData("Die gasten moeten ze allemaal laten verdrinken.")]
    [InlineData("Verzuipen moeten ze, die etters.")]
    [InlineData("Ik ga die buurman verzuipen in zijn eigen vijver.")]
    public void Check_DrowningWished_IsStillAThreat(string text) =>
        Assert.True(Threat(text), text);

    // Review of issue 9 (item 4): a partitive ("een paar") before the plural keeps it the blow, not a verb.
    [Theory]
    [InlineData("Als je dat nog eens doet, krijg je een paar klappen")]
    [InlineData("Zeg dat nog één keer en je krijgt een paar klappen van me.")]
    [InlineData("Als hij nog één keer aan mijn fiets zit, krijgt hij een paar klappen.")]
    public void Check_BlowsCountedOnACondition_AreStillAThreat(string text) =>
        Assert.True(Threat(text), text);
}
