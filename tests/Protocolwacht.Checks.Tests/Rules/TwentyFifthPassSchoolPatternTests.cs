using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twenty-fifth pass over the school categories (issue 9, batch fresh31-school21), rules
/// alone, each with five sentences in other words than the batches and five look-alikes that stay allowed: a defect
/// reported in vain; a machine failing again and again; a hope for what was promised; a question about the work answered
/// curtly by its author; weariness with the own group ("duurt lang met dit groepje", "mijn zesdegroepers"); a named pupil
/// kept in for a refusal, kept from an outing to a place or made to stay after the bell; a children's book read from
/// cover to cover, put online whole, or scanned and shared; a sports camp and thanks after a concession, which are no
/// grievance.
/// </summary>
public class TwentyFifthPassSchoolPatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool NoComplaint(string text) => !TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Het kapotte raam in de aula heb ik in mei al gemeld. Het zit nog altijd met plakband dicht.")]
    [InlineData("Al vier keer aangekaart bij de directie: de kraan in het kleuterlokaal lekt.")]
    [InlineData("De verwarming in lokaal 2 is in oktober doorgegeven en hij is nog steeds kapot.")]
    [InlineData("Ik heb de kapotte printer al drie keer gemeld bij de ICT-helpdesk.")]
    [InlineData("Twee keer doorgegeven dat de deur van de gymzaal klemt, en nog niks.")]
    public void Check_ADefectReportedInVain_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Het kapotte raam in de aula heb ik gisteren gemeld en het is vandaag al gerepareerd.")]
    [InlineData("Ik heb drie keer gemeld dat ik meedoe aan de sponsorloop.")]
    [InlineData("De nieuwe leerling heeft zich al gemeld bij de conciërge.")]
    [InlineData("Doorgegeven aan de ouders: de schoolfotograaf komt nog steeds op dinsdag.")]
    [InlineData("De lekkage is twee keer gemeld en inmiddels verholpen, dank aan de conciërge.")]
    public void Check_AReportOfNewsOrARepair_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("De kopieermachine valt voortdurend uit.")]
    [InlineData("Onze beamer slaat telkens af tijdens de instructie.")]
    [InlineData("De digiborden slaan herhaaldelijk af tijdens het rekenen.")]
    [InlineData("De wifi in lokaal 7 valt om de haverklap uit.")]
    [InlineData("De computer in de bibliotheek hapert steeds.")]
    public void Check_AMachineFailingAgainAndAgain_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("De printer slaat vanzelf af als hij klaar is.")]
    [InlineData("De kinderen vallen steeds beter uit op de rekentoets.")]
    [InlineData("De beamer valt uit als je op de knop drukt.")]
    [InlineData("Steeds meer kinderen nemen hun eigen laptop mee.")]
    [InlineData("Mijn auto slaat telkens af bij het stoplicht.")]
    public void Check_AMachineSwitchedOffOrThingsGettingBetter_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Wij blijven hopen op de beloofde airco in de lokalen aan de zonkant.")]
    [InlineData("We hopen nog steeds op de toegezegde vervanging voor groep 4.")]
    [InlineData("Al het hele jaar hopen we op het beloofde nieuwe speeltoestel.")]
    [InlineData("Het team hoopt nog op de toezegging van vorig jaar over de werkdruk.")]
    [InlineData("Ik hoop maar op de beloofde extra uren voor de remedial teaching.")]
    public void Check_AHopeForWhatWasPromised_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("We hopen op zonnig weer voor de avondvierdaagse.")]
    [InlineData("Ik hoop dat iedereen een fijne vakantie heeft gehad.")]
    [InlineData("We hopen jullie allemaal te zien op de kerstmarkt.")]
    [InlineData("De kinderen hopen op sneeuw in de kerstvakantie.")]
    [InlineData("Ik heb mijn moeder beloofd dat ik op tijd thuis ben.")]
    public void Check_AHopeForWeatherOrAMeeting_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Is het team gevraagd wat het van de nieuwe pauzetijden vindt? Nee hoor.")]
    [InlineData("Inspraak van de leerkrachten bij het nieuwe rooster? Welnee.")]
    [InlineData("Een evaluatie van het nieuwe beleid met de directie? Vergeet het maar.")]
    [InlineData("Heeft het bestuur ons iets gevraagd over de fusie? Natuurlijk niet.")]
    [InlineData("Overleg met de ouders over het continurooster? Geen sprake van.")]
    public void Check_AQuestionAboutTheWorkAnsweredCurtly_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Zijn er nog vragen over de ouderavond? Nee? Dan zien we jullie donderdag.")]
    [InlineData("Regen op de sportdag? Ho maar, we hebben de zon besteld!")]
    [InlineData("Zin in de vakantie? Nee, ik ga hem missen, die heerlijke klas van mij.")]
    [InlineData("Heeft iemand mijn paraplu gezien? Nee dus, dan koop ik een nieuwe.")]
    [InlineData("Is het team blij met de nieuwe koffieautomaat? Reken maar!")]
    public void Check_AQuestionAnsweredHappilyOrNotAboutTheWork_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Het duurt vanmiddag lang met deze klas.")]
    [InlineData("Wat duurt het lang met dit groepje, zeg.")]
    [InlineData("Mijn zesdegroepers zijn vandaag onmogelijk.")]
    [InlineData("Mijn vijfdegroepers zijn deze week onhandelbaar.")]
    [InlineData("Mijn zevendegroepers zijn vandaag echt onmogelijk, niemand doet zijn werk.")]
    public void Check_WearinessWithTheOwnGroup_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Het duurt lang met deze legpuzzel, maar het plaatje wordt prachtig.")]
    [InlineData("Mijn zesdegroepers zijn onmogelijk lief, ze hebben taart gebakken.")]
    [InlineData("Het duurde even met deze groep, maar nu kan iedereen een koprol!")]
    [InlineData("Mijn achtstegroepers zijn vandaag fantastisch.")]
    [InlineData("Het duurt nog lang voor de bus met groep 8 er is.")]
    public void Check_WearinessElsewhereOrPraise_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Liam gaat niet mee naar de dierentuin.")]
    [InlineData("Noah mag na de bel nog tien minuten blijven nadenken.")]
    [InlineData("Sara gaat morgen niet mee naar het museum.")]
    [InlineData("Noah ging niet mee naar de speeltuin omdat hij niet wilde stoppen met schelden.")]
    [InlineData("Sara moest binnenblijven, want ze wou niet luisteren naar de juf.")]
    public void Check_ANamedPupilKeptFromAPlaceOrAfterTheBell_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Liam gaat niet mee naar de dierentuin, hij heeft die dag een toernooi.")]
    [InlineData("Noah mocht na de bel blijven om de juf te helpen met de kerstversiering.")]
    [InlineData("Sara gaat mee naar het museum en mag de gids een vraag stellen!")]
    [InlineData("Liam won de voorleeswedstrijd omdat hij niet wilde opgeven.")]
    [InlineData("Noah gaat in de zomer op trainingskamp met zijn hockeyclub.")]
    public void Check_MissingForAnEventOrStayingToHelp_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Ik heb 'Pluk van de Petteflet' van voor tot achter ingesproken voor ons YouTube-kanaal.")]
    [InlineData("Meester Tom las 'De Heksen' van voor tot achter voor en zette de opname op de site.")]
    [InlineData("Het complete prentenboek 'Kikker is verliefd' staat vanaf vandaag online.")]
    [InlineData("We hebben 'Jip en Janneke' gekopieerd en gedeeld met alle ouders.")]
    [InlineData("Ik heb 'Dikkie Dik' gefotografeerd en doorgestuurd naar de groepsapp.")]
    public void Check_AChildrensBookPutOnlineWhole_IsCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Juf Fatima las 'De Heksen' van voor tot achter voor in groep 7.")]
    [InlineData("Het hele programma van de voorleesweek staat online.")]
    [InlineData("De kinderen hebben hun eigen prentenboek gescand en gedeeld met opa en oma.")]
    [InlineData("We hebben de aanmeldformulieren gescand en gedeeld met het team.")]
    [InlineData("Het hele boek 'Pluk van de Petteflet' lag vandaag in de leeshoek.")]
    public void Check_ABookReadInClassOrOwnOrForms_IsNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Niemand heeft het ons gevraagd, toch kwamen er zaterdag twaalf ouders schilderen. Dank jullie wel!")]
    [InlineData("Niemand had ons iets gevraagd, desondanks bakten de buren taart voor het team. Bedankt!")]
    [InlineData("Niemand heeft het team iets gevraagd, toch stond de koffie klaar. Heel erg bedankt!")]
    [InlineData("Er is ons niets gevraagd, toch brachten de ouders soep. Dank!")]
    [InlineData("Niemand heeft ons om hulp gevraagd, toch hielpen de opa's met de moestuin, dankjewel!")]
    public void Check_ThanksAfterAConcession_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Niemand heeft ons iets gevraagd, toch moeten we het nieuwe rooster invoeren.")]
    [InlineData("Niemand heeft ons iets gevraagd over het nieuwe rapport.")]
    [InlineData("Er is ons als team niets gevraagd over de fusie.")]
    [InlineData("Niemand heeft het team iets gevraagd, toch gaat de fusie door.")]
    [InlineData("Niemand heeft ons iets gevraagd. Bedankt, bestuur.")]
    public void Check_NobodyAskedWithoutThanksAfterAConcession_IsStillAComplaint(string text) =>
        Assert.True(Complaint(text), text);
}
