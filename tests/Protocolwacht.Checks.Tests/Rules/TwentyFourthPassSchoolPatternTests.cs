using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twenty-fourth pass over the school categories (issue 9, batch fresh30-school20), rules
/// alone, each with five sentences in other words than the batches and five look-alikes that stay allowed: a promised
/// wait with "extra"; a room failing by a symptom that goes on; nobody asking the team, and a decision by a separable verb
/// split over its clause; the author's school set against a decision; weariness with a class by the time still to go; the
/// idioms of a class no one can move; a named pupil kept "na de bel" or missing an outing; children's books recorded
/// whole; slang of praise on the school's account; praise of the own class that is no complaint.
/// </summary>
public class TwentyFourthPassSchoolPatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool NoComplaint(string text) => !TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Wij wachten op de toegezegde extra lesuren voor de plusklas.")]
    [InlineData("De verwarming in de aula blijft koud, de kinderen eten met hun muts op.")]
    [InlineData("In het speellokaal blijft het maar stinken.")]
    [InlineData("Het plafond van lokaal 3 blijft druppelen.")]
    [InlineData("De radiator naast mijn bureau blijft kil.")]
    public void Check_APromisedWaitOrASymptomGoingOn_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("De deur van het lokaal blijft dicht tot de bel gaat.")]
    [InlineData("Het blijft koud buiten, dus jassen aan in de pauze.")]
    [InlineData("Een extra gymles vanwege het mooie weer!")]
    [InlineData("De gymzaal blijft deze week gesloten voor de verbouwing.")]
    [InlineData("We wachten op de extra bus voor de schoolreis, die komt om negen uur.")]
    public void Check_AClosedDoorOrTheWeather_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Aan ons heeft niemand iets gevraagd over de nieuwe gymtijden.")]
    [InlineData("De leerkrachten zijn niet gehoord over het nieuwe rooster.")]
    [InlineData("Het bestuur legt ons een nieuwe registratie op.")]
    [InlineData("Konot heft de schoolbibliotheek op en wij horen het achteraf.")]
    [InlineData("De directie voert een nieuwe pauzeregeling in zonder het team te raadplegen.")]
    public void Check_NobodyAskedOrASplitDecisionWithoutTheTeam_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Niemand heeft me gevraagd om te komen, maar ik ben er graag bij.")]
    [InlineData("De kinderen voeren vandaag een toneelstuk op.")]
    [InlineData("Het kabinet voert een nieuwe toets in zonder de scholen te raadplegen.")]
    [InlineData("Het bestuur voert samen met het team een nieuw rapport in.")]
    [InlineData("We hebben de ouders gevraagd wat zij van het schoolplein vinden.")]
    public void Check_AskedOrDecidedTogether_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Zo werken we niet bij ons op de Sint Jozef, maar de directie wil het zo.")]
    [InlineData("Bij ons op het Kompas kiezen we zelf de methode, maar het bestuur bepaalt het nu centraal.")]
    [InlineData("Dat werkt gewoon niet bij ons, wat de directie ook beslist.")]
    [InlineData("Bij ons in de onderbouw ging dat altijd prima, maar Konot wil het anders.")]
    [InlineData("Bij ons regelen de leerkrachten dat zelf, maar het bestuursbureau denkt daar anders over.")]
    public void Check_TheOwnSchoolSetAgainstADecision_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Zo werkt het bij ons: de kinderen lezen elke ochtend een kwartier.")]
    [InlineData("Bij ons op school is het feest, want de directeur is jarig.")]
    [InlineData("Bij ons thuis eten we op vrijdag pizza, maar vandaag niet.")]
    [InlineData("Bij ons op school zijn we trots op het team, maar ook op de ouders.")]
    [InlineData("Bij ons op de Regenboog zijn we het bestuur dankbaar voor de tuin, maar ook de ouders.")]
    public void Check_HowTheOwnSchoolWorks_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Nog acht weken met deze klas en dan is het vakantie.")]
    [InlineData("Nog 5 weken met dit stelletje.")]
    [InlineData("Nog een heel jaar met die groep, ik zie het somber in.")]
    [InlineData("Dat wordt een lange week met deze kinderen.")]
    [InlineData("Nog drie maanden met deze leerlingen.")]
    public void Check_TimeStillToGoWithTheClass_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Nog acht weken met deze heerlijke klas, ik ga ze missen.")]
    [InlineData("Nog twee weken met deze stagiaire, dan gaat ze naar de pabo.")]
    [InlineData("Een lang jaar met dit team achter de rug en wat was het fijn.")]
    [InlineData("Met deze groep gaan we nog vier weken op zoek naar insecten.")]
    [InlineData("We hebben een lang jaar gehad met deze groep, vol mooie momenten.")]
    public void Check_TimeWithTheClassPraisedOrPlanned_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Mijn groep 6 is vandaag niet vooruit te branden.")]
    [InlineData("Onze kleuters zijn na het weekend niet te harden.")]
    [InlineData("Met mijn klas is deze week geen beginnen aan.")]
    [InlineData("Groep 4 van mij is vanmiddag echt niet te pruimen.")]
    [InlineData("Mijn leerlingen? Niet vooruit te branden vandaag.")]
    public void Check_TheOwnClassNoOneCanMove_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Mijn kat is 's ochtends niet vooruit te branden.")]
    [InlineData("Aan het nieuwe seizoen van die serie is geen beginnen aan.")]
    [InlineData("Mijn klas was niet te houden van blijdschap toen het ging sneeuwen.")]
    [InlineData("Mijn klas is niet te verslaan met dammen!")]
    [InlineData("Mijn groep 8 begint morgen aan de eindtoets.")]
    public void Check_TheIdiomsElsewhereOrOverflowing_AreNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Liam blijft morgen na de bel.")]
    [InlineData("Daan moet vandaag na de bel nog even blijven.")]
    [InlineData("Finn gaat donderdag niet mee zwemmen.")]
    [InlineData("Tess gaat niet mee schaatsen met de klas.")]
    [InlineData("Sara blijft woensdag na de bel in de klas.")]
    public void Check_ANamedPupilKeptAfterTheBellOrFromAnOuting_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Liam blijft na de bel om de tafels klaar te zetten voor de ouderavond.")]
    [InlineData("Alle kinderen blijven na de bel voor de generale repetitie.")]
    [InlineData("Finn gaat niet mee zwemmen, want hij heeft die dag een toernooi.")]
    [InlineData("Tess gaat niet mee schaatsen: ze heeft zelf gekozen voor de tekenles.")]
    [InlineData("Noah gaat mee schaatsen, hij heeft er zin in!")]
    public void Check_StayingToHelpOrMissingForAnEventOfTheirOwn_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("De hele verhalenbundel van Paul Biegel heb ik ingelezen, luister mee op onze site.")]
    [InlineData("Alle prentenboeken van de kleuterhoek staan nu ingesproken op ons YouTube-kanaal.")]
    [InlineData("Het hele voorleesboek 'Kikkerdril' ingelezen, alle hoofdstukken staan online.")]
    [InlineData("Het complete prentenboek voorgelezen en op de schoolsite gezet.")]
    [InlineData("'Het Muizenhuis' van begin tot eind ingelezen, luister hier.")]
    public void Check_AChildrensBookRecordedWhole_IsCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Juf Linda leest elke vrijdag uit een prentenboek voor in de kring.")]
    [InlineData("Alle prentenboeken van de kleuterhoek zijn nieuw gekaft.")]
    [InlineData("De kinderen van groep 5 schreven een eigen verhalenbundel.")]
    [InlineData("De bibliotheek leent ons een hele kist prentenboeken.")]
    [InlineData("Ik heb mijn eigen gedichtenbundel ingelezen, luister hier.")]
    public void Check_ChildrensBooksReadInClassOrOwn_AreNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Tof om zoveel ouders te zien bij de kijkavond.")]
    [InlineData("Wat een toffe juf hebben wij!")]
    [InlineData("Het schoolplein is echt gaaf geworden.")]
    [InlineData("Vet goed gedaan, groep 8!")]
    [InlineData("Wat een vette musical was dat!")]
    public void Check_SlangOfPraiseOnTheSchoolsAccount_IsInformalLanguage(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.InformalLanguage, Severity.Doubt), text);

    [Theory]
    [InlineData("Oud vet mag in de inzamelton bij de ingang.")]
    [InlineData("Hoeveel vet zit er in een croissant? Groep 7 zocht het uit.")]
    [InlineData("Zij heeft een gave voor tekenen, kijk maar naar de expositie in de hal.")]
    [InlineData("Het vetgedrukte rooster hangt in de hal.")]
    [InlineData("De kinderen van groep 3 kregen een gave van de kerk: een kinderbijbel.")]
    public void Check_FatAndGifts_AreNoInformalLanguage(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.InformalLanguage), text);

    [Fact]
    public void Check_SlangOfPraiseOnAPersonalAccount_IsAdviceOnly()
    {
        var result = TestChecker.PersonalByRules("Toffe verjaardag gehad, echt vet!");
        Assert.True(result.Has(Categories.InformalLanguage, Severity.Advice));
        Assert.False(result.Has(Categories.InformalLanguage, Severity.Doubt));
    }

    [Theory]
    [InlineData("Wat een fantastische klas heb ik dit jaar.")]
    [InlineData("Wat een klas! Iedereen heeft zijn zwemdiploma gehaald.")]
    [InlineData("Wat een lieve klas, ze zongen voor mijn verjaardag.")]
    [InlineData("Wat een klas, wat een talent bij de talentenjacht!")]
    [InlineData("Wat een sportieve klas heb ik.")]
    public void Check_TheOwnClassExclaimedWithPraise_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);
}
