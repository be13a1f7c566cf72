using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirtieth pass over the school categories (issue 9, batch fresh36-school26), rules alone,
/// each with five sentences in other words than the batches and five look-alikes: a body of the organisation that will
/// meet about a change; whispered news ("onder ons", "tussen jou en mij", "zeg het aan niemand"); the author's own ailment
/// told by what they go about with or whom they visit; silence after a request; stalling in other words ("loopt vast",
/// "ligt stil"); a thing that stalls told on the school's own account; the class or the year called hard work with a sigh;
/// paperwork about paperwork; and praise as irony before a loss told as "wordt gesloten", "gaat eraf" or "gaat dicht".
/// </summary>
public class ThirtiethPassSchool26PatternTests
{
    private static bool Complaint(CheckResult result) => result.Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool Leaked(string text) => TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block);

    [Theory]
    [InlineData("De medezeggenschapsraad praat maandag over het sluiten van de dependance aan de Esweg.")]
    [InlineData("Het managementteam bespreekt volgende week of de twee kleutergroepen worden samengevoegd.")]
    [InlineData("Op de agenda van het bestuur voor dinsdag: het opheffen van de plusklas in Holterveen.")]
    [InlineData("Bij de directie ligt morgen het plan op tafel om de schoolbibliotheek te sluiten.")]
    [InlineData("De raad van toezicht vergadert donderdag over de fusie met een stichting uit Brinkhorst.")]
    public void Check_ABodyThatWillMeetAboutAChange_IsConfidential(string text) =>
        Assert.True(Leaked(text), text);

    [Theory]
    [InlineData("Zoals in de nieuwsbrief stond, bespreekt de MR donderdag het samenvoegen van de kleutergroepen; ouders zijn welkom.")]
    [InlineData("De agenda van de openbare vergadering over de nieuwe speelplaats staat op de website.")]
    [InlineData("In de klas praten we vandaag over het sluiten van vriendschappen.")]
    [InlineData("Het bestuur heeft het persbericht over de fusie gisteren gepubliceerd.")]
    [InlineData("Op tafel staat een grote taart voor de jarige juf.")]
    public void Check_AMeetingAlreadyPublicAFriendshipOrACake_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Onder ons: de directie wil de twee groepen 5 volgend jaar samenvoegen.")]
    [InlineData("Tussen jou en mij: onze conciërge stopt ermee na de zomer.")]
    [InlineData("Zeg het aan niemand, maar de nevenlocatie in Brinkhorst gaat dicht.")]
    [InlineData("Tussen ons, het bestuur gaat de vakleerkracht muziek wegbezuinigen.")]
    [InlineData("Onder ons gezegd: het team gaat er volgend jaar een fte op achteruit.")]
    public void Check_NewsOfTheOrganisationWhispered_IsConfidential(string text) =>
        Assert.True(Leaked(text), text);

    [Theory]
    [InlineData("Onder ons gezegd: wat hebben de kleuters prachtig gedanst op het feest!")]
    [InlineData("Nog even stilhouden hoor, het cadeau voor meester Bas is een verrassing.")]
    [InlineData("Mondje dicht over de surprise voor de jarige juf!")]
    [InlineData("Tussen jou en mij: die koffie van de nieuwe machine is heerlijk.")]
    [InlineData("Vertel het aan niemand: ik heb stiekem de laatste bonbon opgegeten.")]
    public void Check_PraiseASurpriseOrTheAuthorsOwnSecret_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Ik fiets al twee weken met een pijnlijke schouder naar mijn werk.")]
    [InlineData("Na de val op het ijs loop ik met krukken door de gangen.")]
    [InlineData("Ik moet morgen weer naar de neuroloog voor de uitslag.")]
    [InlineData("Ik kom net van de orthopeed en mag zes weken niet sporten.")]
    [InlineData("Toen ik de diagnose reuma kreeg, schrok ik enorm.")]
    public void Check_TheAuthorsOwnAilmentOrVisitToASpecialist_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Een pijnlijke knie na het voetballen? Even koelen en rust nemen helpt meestal.")]
    [InlineData("De fysiotherapeut van de sportclub geeft een les over goed tillen.")]
    [InlineData("Op de beroepenmarkt vertelde een cardioloog de kinderen over haar werk.")]
    [InlineData("Ik heb vandaag met de fysio van school overlegd over de gymles van groep 5.")]
    [InlineData("In de biologieles leerde groep 8 wat een neuroloog allemaal onderzoekt.")]
    public void Check_ATipAWorkshopATalkOrWorkWithTheFysio_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Nog altijd geen reactie van ICT op mijn melding van vorige maand.")]
    [InlineData("Nog steeds geen antwoord van personeelszaken op mijn vraag over het verlof.")]
    [InlineData("Radiostilte vanuit het bestuursbureau over onze aanvraag voor extra ondersteuning.")]
    [InlineData("Nog steeds geen terugkoppeling van de directie over het werkverdelingsplan.")]
    [InlineData("Van de servicedesk nog altijd geen bericht, terwijl het digibord al weken stuk is.")]
    public void Check_SilenceAfterARequestToTheOrganisation_IsAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("Nog steeds geen antwoord van de gemeente over de verkeersdrempel bij het plein.")]
    [InlineData("Binnen een dag een antwoord van de helpdesk, en het probleem is opgelost. Dank jullie wel!")]
    [InlineData("Nog steeds geen reactie van de huisarts over mijn bloeduitslag.")]
    [InlineData("Radiostilte in de klas tijdens de toets: iedereen werkte geconcentreerd.")]
    [InlineData("Nog altijd geen bericht van de pakketbezorger, mijn nieuwe fiets laat op zich wachten.")]
    public void Check_SilenceOfTheTownADoctorAShopOrAClass_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Het roosterprogramma loopt al dagen steeds vast bij het inplannen van de invallers.")]
    [InlineData("De verbouwing van het speellokaal ligt al maanden stil.")]
    [InlineData("Het toetsprogramma loopt sinds gisteren weer vast.")]
    [InlineData("Het plan voor een nieuw schoolplein ligt al twee jaar stil.")]
    [InlineData("Het leerlingvolgsysteem liep vandaag alweer vast tijdens het invoeren.")]
    public void Check_AThingOrAPlanOfTheSchoolThatStallsForLong_IsAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("De bouw van de nieuwe gymzaal ligt stil vanwege de vorst.")]
    [InlineData("Tijdens de vakantie ligt het schoolplein stil en verlaten.")]
    [InlineData("De bus liep vast in de file op weg naar het museum.")]
    [InlineData("Het leerlingvolgsysteem liep vanochtend even vast, maar de monteur heeft het opgelost.")]
    [InlineData("Het schaakspel liep vast in een remise, wat een spannende partij!")]
    public void Check_AReasonAHolidayABusARepairOrAGame_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Het kopieerapparaat op school hapert weer.")]
    [InlineData("De wifi op mijn school ligt weer plat.")]
    [InlineData("De schuifdeur bij de kleuteringang zit weer vast, de kinderen kunnen er niet in.")]
    [InlineData("Het digibord in mijn lokaal doet het weer niet.")]
    [InlineData("Het administratiesysteem staat al twee dagen stil.")]
    public void Check_AThingThatStallsOnAPersonalAccount_IsAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("Helaas, de printer doet het weer niet. De werkbladen komen morgen mee.")]
    [InlineData("Het kopieerapparaat hapert weer; het huiswerk staat daarom in Parro.")]
    [InlineData("De wifi ligt weer plat. De nieuwsbrief volgt later.")]
    [InlineData("De schuifdeur bij de kleuteringang zit weer vast, gebruik vandaag de hoofdingang.")]
    [InlineData("Het administratiesysteem staat al twee dagen stil; de rapporten volgen later.")]
    public void Check_AThingThatStallsOnTheSchoolsOwnAccount_IsTheSchoolsNotice(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.HarmfulStatement), text);

    [Fact]
    public void Check_AThingThatStallsOnTheSchoolsAccountBesideTheBoard_IsStillAComplaint() =>
        Assert.True(Complaint(TestChecker.SchoolByRules("Het digibord doet het weer niet en het bestuur vindt vervanging te duur.")));

    [Theory]
    [InlineData("Mijn groep is dit jaar behoorlijk zwaar, pff.")]
    [InlineData("Groep 7 is dit jaar een uitdaging hoor. Zucht.")]
    [InlineData("Wat een kluif, mijn groepje dit jaar. Poeh.")]
    [InlineData("Taai schooljaar met deze klas 😮‍💨")]
    [InlineData("Mijn klas is dit jaar echt pittig, zuchtje.")]
    public void Check_TheClassOrTheYearCalledHardWorkWithASigh_IsAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("Groep 7 is dit jaar een uitdaging waar we samen zin in hebben!")]
    [InlineData("Pittige toets, maar wat heeft mijn klas goed gewerkt. Trots!")]
    [InlineData("Zucht, het regent alweer op de sportdag.")]
    [InlineData("Een zware tas voor groep 3: de nieuwe leesboeken zijn binnen.")]
    [InlineData("Poeh, wat een warme dag voor het schoolreisje.")]
    public void Check_AChallengeTakenUpPrideOrASighAtTheWeather_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Ik moet een verzoek indienen om een verzoek te mogen doen.")]
    [InlineData("Eerst een overleg plannen om toestemming te krijgen voor het overleg.")]
    [InlineData("Voor de excursie heb ik een handtekening nodig om een handtekening te mogen zetten.")]
    [InlineData("Je vult een formulier in om een formulier te mogen aanvragen.")]
    [InlineData("Er komt een procedure om toestemming te vragen voor de procedure.")]
    public void Check_PaperworkAboutPaperwork_IsAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("Het formulier voor de excursie en het formulier voor de ouderbijdrage liggen bij de administratie.")]
    [InlineData("Vul het formulier in om uw kind op te geven voor de sportdag.")]
    [InlineData("Na het overleg van vandaag volgt volgende week nog een overleg over de musical.")]
    [InlineData("Voor de schoolreis hebben we toestemming van alle ouders.")]
    [InlineData("De aanvraag voor nieuwe boeken is verstuurd; de aanvraag voor de tablets volgt.")]
    public void Check_TwoFormsOrOneProcedure_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Wat een heerlijk nieuws weer van het bestuur: de schooltuin gaat eraf.")]
    [InlineData("Prachtig besluit weer van de directie. Het zwembad voor de schoolzwemles wordt gesloten.")]
    [InlineData("Geweldig cadeau weer van Konot: onze gymzaal gaat dicht.")]
    [InlineData("Mooi geregeld weer door het bestuur, de excursie naar het museum valt weg.")]
    [InlineData("Fijne verrassing weer van de directie: het schoolkamp gaat eraf.")]
    public void Check_PraiseAgainBeforeAThingClosedOrTakenOff_IsAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("Mooi nieuws van het bestuur: de nieuwe gymzaal gaat open!")]
    [InlineData("Wat een fijne verrassing van de ouderraad: het schoolplein is opgeknapt.")]
    [InlineData("Mooi weer vandaag, de school is om twaalf uur gesloten voor de studiedag.")]
    [InlineData("Prachtig besluit van de directie: de schoolreis gaat dit jaar naar de Efteling.")]
    [InlineData("Weer een mooie dag met groep 5, de zandbak gaat dicht tot morgen.")]
    public void Check_SincerePraiseTheWeatherOrTheSandpit_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);
}
