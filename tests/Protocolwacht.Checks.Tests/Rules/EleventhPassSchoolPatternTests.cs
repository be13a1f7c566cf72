namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the eleventh pass over the school categories (issue 9, batch fresh17-school7), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: a pupil the
/// roster does not know made identifiable by their class, an apposition or a relative; a colleague's relative (no
/// personnel matter); the author's own diagnosis "bij mij"; a relative in prison; an absence that says more than a
/// cold; a whiteboard or agenda of a meeting, "sst, nog niet bekend", nothing official yet; a leader's judgement
/// without an opinion word; a work taken over word for word; a sarcastic complaint about the building or timetable.
/// </summary>
public class EleventhPassSchoolPatternTests
{
    private static CheckResult Leader(string text) => TestChecker.PersonalByRules(text, "karin.mulder");

    [Theory]
    [InlineData("Gisteren is Jayden uit groep 3 met de ambulance naar het ziekenhuis gebracht.")]
    [InlineData("Fenna uit groep 6 gaat na de zomervakantie naar het speciaal basisonderwijs.")]
    [InlineData("Thijs (groep 7) is geschorst na een vechtpartij op het schoolplein.")]
    [InlineData("In mijn klas zit een meisje, Roos, dat sinds de herfst in een pleeggezin woont.")]
    [InlineData("De moeder van Stijn zit sinds oktober in de gevangenis.")]
    [InlineData("De vader van Stijn zit sinds maart vast, dus we houden hem extra in de gaten.")]
    public void Check_SensitiveFactAboutAPupilIdentifiedByClassOrRelative_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Jayden uit groep 3 heeft de tekenwedstrijd van de bibliotheek gewonnen!")]
    [InlineData("Tekeningen uit groep 5 over het ziekenhuis hangen deze week in de hal.")]
    [InlineData("Onze excursie met groep 6 naar de gevangenis van Veenhuizen was indrukwekkend.")]
    [InlineData("De vader van Stijn kwam vandaag in de klas vertellen over zijn werk bij de brandweer.")]
    [InlineData("Jayden uit groep 3 zat vanochtend een uur vast in de file, samen met zijn vader.")]
    public void Check_PupilIdentifiedWithoutASensitiveFact_IsAllowed(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Fact]
    public void Check_AColleaguesRelativesHealth_IsPersonalDataButNoPersonnelMatter()
    {
        var colleague = TestChecker.PersonalByRules("Onze teamleider ligt met een gebroken arm in het ziekenhuis.");
        var relative = TestChecker.PersonalByRules("De dochter van onze teamleider ligt met een gebroken arm in het ziekenhuis.");

        Assert.True(colleague.Has(Categories.Confidential, Severity.Block));
        Assert.True(relative.Has(Categories.PersonalData, Severity.Block));
        Assert.False(relative.Has(Categories.Confidential));
    }

    [Theory]
    [InlineData("Thijs (groep 7) is geschorst na een vechtpartij op het schoolplein.")]
    [InlineData("Gisteren moest Fenna uit groep 6 nablijven omdat ze een klasgenoot had geduwd.")]
    public void Check_PunishmentOfAPupilIdentifiedByClass_IsAlsoHarmful(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Bij mij is vorige maand dyslexie vastgesteld, op mijn 45e!")]
    [InlineData("Mijn collega Femke zit al weken thuis, het werd haar allemaal te veel.")]
    public void Check_OwnDiagnosisOrAColleaguesAbsence_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Bij mij in de klas is bij drie kinderen dyslexie vastgesteld.")]
    [InlineData("Mijn collega Femke zit vandaag thuis te werken aan de nieuwe leesmethode.")]
    public void Check_OthersUnnamedOrWorkingFromHome_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Foto van de flipover na het teamoverleg: zo ziet ons plan voor volgend jaar eruit.")]
    [InlineData("Hierbij de agenda van de GMR-vergadering van maandag, met de begroting als eerste punt.")]
    [InlineData("Sst, nog niet bekend, maar onze directeur gaat met pensioen.")]
    [InlineData("Officieel is er nog niks bekendgemaakt, maar de dependance gaat dicht.")]
    public void Check_MeetingBoardAgendaOrNewsNotYetOut_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("De agenda van de MR-vergadering staat op de website; de vergadering is openbaar.")]
    [InlineData("Foto van de flipover na onze les over de seizoenen.")]
    [InlineData("Sst, de kinderen lezen, wat een rust in de klas.")]
    [InlineData("Zoals in de nieuwsbrief stond: onze directeur gaat na dit schooljaar met pensioen.")]
    public void Check_PublicAgendaLessonOrAnnouncedNews_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Al die methodetoetsen in groep 4 zijn pure tijdverspilling.")]
    [InlineData("Strenge huiswerkregels werken averechts bij jonge kinderen.")]
    [InlineData("Leerkrachten moeten gewoon weer zelf hun lessen kunnen bepalen.")]
    [InlineData("Eerlijk is eerlijk: de eindtoets zegt weinig over een kind.")]
    public void Check_LeadersJudgementWithoutAnOpinionWord_IsCapacityDoubt(string text) =>
        Assert.True(Leader(text).Has(Categories.Capacity, Severity.Doubt), text);

    [Theory]
    [InlineData("Morgen moeten de kinderen gewoon om 8.30 uur op school zijn, ondanks de staking.")]
    [InlineData("Dank aan alle leerkrachten voor een geweldige kerstmarkt op school.")]
    [InlineData("Het bestuur heeft besloten de methodetoetsen in groep 3 af te schaffen.")]
    public void Check_LeadersNewsThanksOrReportedDecision_IsNoCapacityDoubt(string text)
    {
        var result = Leader(text);

        Assert.True(result.Has(Categories.Capacity, Severity.Advice), text);
        Assert.False(result.Has(Categories.Capacity, Severity.Doubt), text);
    }

    [Theory]
    [InlineData("Het eerste hoofdstuk van de taalmethode heb ik letterlijk overgeschreven voor de ouders.")]
    [InlineData("De liedtekst van de nieuwe hit van Frans Bauer heb ik letterlijk uitgetypt, zie hieronder.")]
    public void Check_AWorkTakenOverWordForWord_IsCopyright(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Fact]
    public void Check_OwnWorkTypedOut_IsNoCopyright() =>
        Assert.False(TestChecker.PersonalByRules("Ons eigen schoollied, door groep 8 zelf geschreven en letterlijk uitgetypt.").Has(Categories.Copyright));

    [Theory]
    [InlineData("Fantastisch geregeld weer: de verwarming is uitgevallen en we zitten met jassen aan in het lokaal.")]
    [InlineData("Super dat het lesrooster voor de derde keer deze maand wordt omgegooid 🙃")]
    [InlineData("Prachtig hoor, zo'n gebouw waar het dak bij elke regenbui lekt 👏")]
    public void Check_SarcasticComplaintAboutBuildingOrTimetable_IsHarmfulDoubt(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Theory]
    [InlineData("Goed geregeld: de nieuwe verwarming in het lokaal werkt perfect.")]
    [InlineData("Het rooster voor de sportdag is klaar, wat een mooi programma 👏")]
    [InlineData("Prachtig nieuw dak op het gebouw van groep 1 en 2 👏")]
    public void Check_SincerePraiseOfBuildingOrTimetable_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);
}
