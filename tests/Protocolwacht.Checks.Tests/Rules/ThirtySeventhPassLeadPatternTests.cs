namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 56, judged by the rules alone, in sentences written for this test (found by
/// fresh43-lead-heldout): an order to leave alone in the sentence after a group was named ("Die X … . Terug naar je eigen
/// land.") sends that group; a teaser of staff news the team hears only later ("Morgen vertellen we … Spoiler: …"); a
/// decision on a change that still has to fall, and plans made ready for it; the team's own app or chat shown outside;
/// the formation cut by any word of going off ("er gaan twee fte af"); and a change kept from those who will hear it later
/// ("de ouders weten van niks", "officieel … pas", "even stil houden", "strikt onder ons") or still before the board
/// ("de RvT buigt zich over …", "op de agenda van het managementteam"); the author's own medicine taken in a subordinate
/// clause or "op" it, and recovering from an illness; a pupil who "gaat over op" a medicine (switching, not "about"); and
/// a body's state promised after a deed done once more by someone pointed at, without "ik" in the sentence; and scorn for
/// a group as a whole exclaimed in the sentence after the own class ("… mijn klas …. Wat een luie bende."); a series of
/// books and a method's test set copied whole are works too (class `creative-work`).
/// </summary>
public class ThirtySeventhPassLeadPatternTests
{
    [Theory]
    [InlineData("Die Marokkanen met hun scooters verpesten de wijk. Rot toch op.")]
    [InlineData("Polen nemen al ons werk af. Ga terug naar jullie land.")]
    [InlineData("Vluchtelingen krijgen hier alles gratis. Dus gewoon oprotten.")]
    [InlineData("Somaliërs denken dat ze hier alles mogen. Terug naar je eigen land!")]
    public void Check_AnOrderToLeaveAfterTheGroupsSentence_IsGroupHate(string text) =>
        Assert.Equal(Verdict.Block, TestChecker.PersonalByRules(text, "bas.meijer").Verdict);

    [Theory]
    [InlineData("De Syrische kinderen hebben Suikerfeest gevierd. Terug naar de les nu!")]
    [InlineData("Veel Oekraïners gaan in de zomer terug. Ze gaan terug naar hun eigen land.")]
    [InlineData("Onze Poolse buren hebben een feestje gegeven. Daarna gingen we terug naar huis.")]
    public void Check_GoingBackToldOrSentToTheLesson_IsNoGroupHate(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "bas.meijer").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Morgen vertellen we het team wie de nieuwe directeur wordt. Spoiler: het wordt Karin!")]
    [InlineData("Volgende week horen de ouders wie de nieuwe juf van groep 4 wordt. Kleine spoiler: ze komt van De Regenboog.")]
    public void Check_ASpoilerOfStaffNewsToldLater_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "youssef.bakker").SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("Morgen maken we de winnaar van de tekenwedstrijd bekend. Spoiler: het is een meisje!")]
    [InlineData("Spoiler: de nieuwe Harry Potter-film is geweldig.")]
    public void Check_ASpoilerOfAContestOrAFilm_IsNoLeak(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "youssef.bakker").Has(Categories.Confidential));

    [Theory]
    [InlineData("Konot gaat twee scholen samenvoegen. Het besluit valt in maart.")]
    [InlineData("Het bestuur wil de dependance sluiten; de beslissing valt pas na de zomer.")]
    [InlineData("Het bestuur wil De Regenboog verhuizen naar een nieuw gebouw. De plannen liggen al klaar.")]
    public void Check_AChangeWhoseDecisionIsStillToFall_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "ahmed.elamrani").SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("Het besluit over de nieuwe gymzaal valt in januari.")]
    [InlineData("De gemeente wil de bibliotheek sluiten, het besluit valt na de zomer.")]
    [InlineData("De plannen voor het schoolreisje liggen klaar: we gaan naar de Efteling!")]
    public void Check_ADecisionWithoutAChangeOrOfTheCouncil_IsNoLeak(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "ahmed.elamrani").Has(Categories.Confidential));

    [Theory]
    [InlineData("Screenshot van de teamapp van vanochtend, kijk hoe de directeur reageert 😂")]
    [InlineData("Lees wat de adjunct gisteravond in de teamapp schreef 🙈")]
    [InlineData("Even gekopieerd uit de teamchat: vanaf maandag geen koffie meer in de lerarenkamer.")]
    public void Check_TheTeamsOwnChannelShownOutside_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "jeroen.vos").SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("Het nieuwe rooster staat op intranet, kijk daar even.")]
    [InlineData("De foto's van het schoolreisje staan in de ouderapp.")]
    [InlineData("Screenshot van mijn score in Wordfeud 😂")]
    public void Check_PointingToTheChannelOrAnotherScreenshot_IsNoLeak(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Confidential));

    [Theory]
    [InlineData("Ik heb de begroting gezien: er gaan twee fte af bij De Regenboog.")]
    [InlineData("Bij Het Kompas moeten er volgend jaar drie fte eraf.")]
    public void Check_TheFormationCutByAnyWordOfGoingOff_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Confidential));

    [Fact]
    public void Check_FormationGrowth_IsNoLeak() =>
        Assert.False(TestChecker.PersonalByRules("We krijgen er volgend jaar 2 fte bij, hoera!", "jeroen.vos").Has(Categories.Confidential));

    [Theory]
    [InlineData("De ouders weten van niks, maar groep 3 en 4 worden na de zomer samengevoegd.")]
    [InlineData("Officieel horen de collega's het pas in maart, maar De Linde gaat dicht.")]
    [InlineData("Even stil houden: onze adjunct vertrekt na dit schooljaar.")]
    [InlineData("Strikt onder ons: de conciërge gaat met pensioen.")]
    [InlineData("Dat wordt pas in juni openbaar, maar er ligt een plan om de scholen samen te voegen.")]
    [InlineData("De RvT buigt zich volgende week over de sluiting van onze dependance.")]
    [InlineData("Op de agenda van het managementteam staat het inkrimpen van het aantal groepen.")]
    public void Check_AChangeKeptFromThoseWhoHearItLaterOrStillBeforeTheBoard_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "jeroen.vos").SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("De kinderen weten nog van niks: morgen komt Sinterklaas!")]
    [InlineData("Officieel begint de vakantie pas vrijdag.")]
    [InlineData("De gemeenteraad buigt zich over de sluiting van het zwembad.")]
    [InlineData("Strikt onder ons: morgen trakteert juf Anja op taart. Niet verklappen!")]
    [InlineData("Wij houden stil bij het monument voor een minuut stilte.")]
    public void Check_ASurpriseOrPublicBusiness_IsNoLeak(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Confidential));

    [Theory]
    [InlineData("Nu ik zelf sertraline slik, snap ik mijn leerlingen met angst beter.")]
    [InlineData("Al een jaar op Concerta en ik kan me eindelijk concentreren.")]
    [InlineData("Ik herstel nog van een longontsteking, dus rustig aan deze week.")]
    public void Check_TheAuthorsOwnMedicineOrRecovery_IsPersonalData(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "linda.koster").SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Ik herstel de fiets van mijn dochter.")]
    [InlineData("Wat kunnen we doen als een leerling op Ritalin zit?")]
    [InlineData("De les gaat over op een nieuw onderwerp: diabetes.")]
    public void Check_RepairAQuestionOrATopic_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "linda.koster").Has(Categories.PersonalData));

    [Fact]
    public void Check_APupilWhoSwitchesToAMedicine_IsPersonalData() =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules("Tess gaat over op Medikinet, haar vader vroeg ons erop te letten.", "linda.koster").SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Als die buurjongen nog één keer met stenen gooit, ligt hij volgende week in het gips.")]
    [InlineData("Als die vader nog eens zo tegen de juf schreeuwt, loopt hij morgen op krukken.")]
    public void Check_ABodysStateAfterADeedDoneOnceMoreBySomeonePointedAt_IsAThreat(string text) =>
        Assert.Equal(Verdict.Block, TestChecker.PersonalByRules(text, "kees.dekker").Verdict);

    [Theory]
    [InlineData("Als Daan nog eens zo hard traint, loopt hij straks op krukken.")]
    [InlineData("Als hij nog één keer van die ladder valt, ligt hij in het gips.")]
    public void Check_ABodysStateAfterOnesOwnDoingOrAFall_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Mijn groep 6 heeft vandaag nergens zin in. Wat een luie bende.")]
    [InlineData("Mijn klas wil vandaag echt niks. Wat een zooitje.")]
    public void Check_ScornForTheWholeExclaimedAfterTheOwnClass_IsASneer(string text) =>
        Assert.Equal(Severity.Doubt, TestChecker.PersonalByRules(text, "jeroen.vos").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Mijn klas heeft de kerstmarkt versierd. Wat een gezellige bende!")]
    [InlineData("Mijn klas won de voetbalwedstrijd. Wat een stelletje toppers!")]
    [InlineData("Mijn klas heeft geknutseld. Wat een bende in het lokaal, maar wat een plezier!")]
    public void Check_AWarmBendeOrTheRoomsMess_IsNoSneer(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Ik heb de complete Nijntje-reeks ingescand en op mijn site gezet.")]
    [InlineData("Wie wil het complete toetspakket van Staal? Ik heb het helemaal gekopieerd.")]
    public void Check_ASeriesOrATestSetCopiedWhole_IsCopyright(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "jeroen.vos").SeverityOf(Categories.Copyright));

    [Theory]
    [InlineData("Een reeks vragen over het boek staat online.")]
    [InlineData("Het complete toetspakket van de inspectie is openbaar, lees het op de website.")]
    public void Check_ASeriesOfQuestionsOrAPublicTestSet_IsNoCopy(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Copyright));
}
