namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the fifteenth pass over the school categories (issue 9, batch fresh21-school11), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: injuries told
/// with the body part first, stitches, a relative lost, a child placed with relatives or in a shelter; a pupil told
/// without a name but with the class; a name that is also a word as the subject of an action verb; a class pet named
/// by a compound; a colleague applying elsewhere; leaders' "pas als … dan", "kan pas slagen als", "het wordt tijd dat";
/// a work copied page by page; the maker kept out of it; a device failing again.
/// </summary>
public class FifteenthPassSchoolPatternTests
{
    private static CheckResult Leader(string text) => TestChecker.PersonalByRules(text, "youssef.bakker");

    [Theory]
    [InlineData("Bodi uit groep 5 heeft gisteren zijn duim verzwikt bij het keepen.")]
    [InlineData("Lieke uit groep 2 kreeg vier hechtingen nadat ze tegen de kapstok liep.")]
    [InlineData("Tijn uit groep 6 heeft zijn oma verloren, hij is deze week thuis.")]
    [InlineData("Amira uit groep 4 woont sinds de herfstvakantie in een opvanghuis.")]
    [InlineData("Sem uit groep 8 is voorlopig bij zijn oom ondergebracht.")]
    public void Check_AnInjuryALossOrAPlacement_OfAnIdentifiablePupil_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Het hek van het schoolplein is gebroken en wordt volgende week vervangen.")]
    [InlineData("Bij de EHBO-les leerde groep 7 hoe je een gekneusde pols koelt.")]
    [InlineData("Tijn uit groep 6 verloor zijn geduld bij het schaakspel, maar won toch.")]
    [InlineData("Groep 5 bezocht een opvanghuis voor egels en gaf ze te eten.")]
    public void Check_ABrokenFenceAFirstAidLessonLostPatienceOrAnAnimalShelter_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Een meisje uit mijn groep 6 heeft sinds de zomer een voogd.")]
    [InlineData("Een jongen uit groep 4 is na een val van het klimrek met spoed naar het ziekenhuis gebracht.")]
    [InlineData("De vader van een jongen uit mijn klas is vorige week overleden.")]
    public void Check_APupilWithoutANameButWithTheClass_IsIdentifiable(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Elke leerling uit groep 8 krijgt in februari een schooladvies.")]
    [InlineData("De kinderen uit groep 3 hebben waterpokken gehad, dus de ouders zijn gewaarschuwd.")]
    [InlineData("Een meisje uit mijn groep 6 las vandaag haar eerste boek helemaal zelf.")]
    public void Check_AWholeClassOrAPupilWithoutASensitiveFact_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Vink rende in de pauze tegen de glijbaan aan en heeft nu een gebroken neus, hij is erg geschrokken.")]
    [InlineData("Lotus struikelde over een tas en brak haar pols.")]
    public void Check_AWordThatIsAlsoANameAsTheSubjectOfAnActionVerb_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Sneeuw viel de hele nacht en haar witte deken bedekte het plein.")]
    [InlineData("Snoepje, ons klassenkonijn, heeft haar poot gebroken en moet rusten.")]
    [InlineData("Dropje, de schoolkat, is geopereerd aan haar oog en ligt in de mand.")]
    public void Check_AWeatherWordOrAClassPetNamedByACompound_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Mijn collega van de kleutergroep solliciteert stiekem bij een school in Enschede.")]
    [InlineData("Onze teamleider heeft morgen een gesprek bij een andere werkgever.")]
    public void Check_AColleagueApplyingElsewhere_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Ik solliciteer volgend jaar zelf bij een school in de stad, mijn directeur weet het al.")]
    [InlineData("Studenten die willen solliciteren bij onze school zijn welkom op de open dag.")]
    [InlineData("Onze juf heeft vanmiddag een gesprek met de ouders over het schoolreisje.")]
    public void Check_OnesOwnApplicationAVacancyOrATalkWithParents_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Pas als we leerkrachten meer tijd geven, dan gaat de kwaliteit van het onderwijs omhoog.")]
    [InlineData("Passend onderwijs kan pas slagen als de klassen kleiner worden.")]
    [InlineData("Het wordt echt tijd dat scholen zelf over hun toetsen beslissen.")]
    [InlineData("Wordt het niet eens tijd dat we het huiswerk in de onderbouw afschaffen?")]
    public void Check_ALeadersConditionOrDemand_IsCapacityDoubt(string text) =>
        Assert.True(Leader(text).Has(Categories.Capacity, Severity.Doubt), text);

    [Theory]
    [InlineData("Pas als alle ouders binnen zijn, begint de musical van groep 8 op school.")]
    [InlineData("Het wordt tijd dat ik de paasversiering in de klas ophang!")]
    [InlineData("Het wordt tijd om alle hulpouders van de school te bedanken.")]
    public void Check_APlanTheLeadersOwnChoreOrThanks_IsNoCapacityDoubt(string text) =>
        Assert.False(Leader(text).Has(Categories.Capacity, Severity.Doubt), text);

    [Theory]
    [InlineData("Het nieuwe prentenboek van de bieb heb ik pagina voor pagina gefotografeerd voor de ouders.")]
    [InlineData("Alle bladzijden van het werkboek rekenen heb ik ingescand; download ze hieronder.")]
    [InlineData("De oefenfilmpjes van de methode zet ik op mijn kanaal, de uitgever hoeft het niet te weten.")]
    public void Check_AWorkCopiedPageByPageOrBehindTheMakersBack_IsCopyright(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Mijn eigen werkboek over breuken heb ik bladzijde voor bladzijde ingescand; gebruik het gerust.")]
    [InlineData("Met toestemming van de uitgever hebben we het prentenboek pagina voor pagina gefotografeerd.")]
    [InlineData("Alle pagina's van de schoolgids zijn vernieuwd en staan online.")]
    [InlineData("We hebben alle tekeningen van de kinderen gefotografeerd voor de tentoonstelling.")]
    public void Check_OwnWorkPermissionNoCopyOrChildrensDrawings_IsNoCopyright(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Voor de vierde keer deze maand werkt de printer niet.")]
    [InlineData("Het digibord in mijn lokaal doet het wederom niet.")]
    public void Check_ADeviceFailingAgain_IsAComplaint(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Theory]
    [InlineData("De beamer doet het niet, dus we lezen vandaag gewoon voor uit een boek.")]
    [InlineData("Na de reparatie werkt het digibord weer prima.")]
    [InlineData("Jeetje, de printer werkt weer niet. De nieuwsbrief komt morgen.")]
    public void Check_ADeviceFailingOnceOrAgainOrRepaired_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);
}
