namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the sixteenth pass over the school categories (issue 9, batch fresh22-school12), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: a rhetorical
/// question at the board; nobody asking how the team is doing; a weary closing that denies complaining or counts down;
/// decided about us without us; nobody doing anything about a failure; the network down again; the author's own
/// diagnosis in a subordinate clause, after "bij mij" or lived with; a colleague known by role and class or by a
/// compound role; a part in a school play; a work listed whole as fiction, a method's "schrift", a work scanned
/// "integraal"; the text given "hierbij"; a leader's "mijn overtuiging:".
/// </summary>
public class SixteenthPassSchoolPatternTests
{
    private static CheckResult Leader(string text) => TestChecker.PersonalByRules(text, "youssef.bakker");

    [Theory]
    [InlineData("Wanneer gaat het bestuur eens zorgen voor genoeg invallers?")]
    [InlineData("Zou de directie ooit zelf een dag voor groep 6 willen staan?")]
    [InlineData("Wie in het MT denkt er eigenlijk na over de werkdruk in de onderbouw?")]
    [InlineData("Hoe lang duurt het nog voordat Konot eindelijk de lokalen laat schilderen?")]
    public void Check_ARhetoricalQuestionAtTheOrganisation_IsAComplaint(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Theory]
    [InlineData("Wanneer begint het nieuwe rooster precies?")]
    [InlineData("Wie van het bestuur komt er eigenlijk naar de opening?")]
    [InlineData("Zou het bestuur ook op de kerstmarkt komen?")]
    [InlineData("Wanneer gaat de minister eens investeren in kleinere klassen?")]
    public void Check_APlainQuestionOrOneAtNationalPolicy_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Op de werkvloer vraagt niemand ooit hoe het met ons gaat.")]
    [InlineData("Zestig toetsen nakijken voor maandag, maar ik klaag niet hoor.")]
    [InlineData("Drie ouderavonden deze week. Niet dat ik klaag.")]
    [InlineData("Mijn stapel nakijkwerk groeit sneller dan ik kan bijhouden. Nog 5 weken.")]
    [InlineData("Het nieuwe rooster is weer over ons zonder ons vastgesteld.")]
    [InlineData("De kachel in lokaal 3 is kapot en niemand doet er iets aan.")]
    [InlineData("Voor de vierde keer deze maand ligt de wifi eruit. Fijn werken zo.")]
    public void Check_WearinessNobodyAskingOrNobodyActing_IsAComplaint(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Theory]
    [InlineData("Niemand had ooit gedacht dat groep 8 zo mooi zou zingen.")]
    [InlineData("Ik klaag niet, het was een prachtige schoolreis!")]
    [InlineData("Het schoolreisje naar de Efteling komt eraan. Nog 5 weken!")]
    [InlineData("Nog 5 weken. Dan begint de bouw van het nieuwe speellokaal.")]
    [InlineData("De wifi ligt er vanmiddag even uit vanwege onderhoud; morgen werkt alles weer.")]
    [InlineData("Fijn werken zo, met de nieuwe laptops voor het hele team.")]
    public void Check_ContentACountdownToLookForwardToOrNewsOfMaintenance_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Sinds kort weet ik dat ik diabetes heb.")]
    [InlineData("Bij mij is twee maanden geleden reuma geconstateerd.")]
    [InlineData("Al jaren leef ik met epilepsie en ik sta gewoon voor de klas.")]
    public void Check_TheAuthorsOwnDiagnosis_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Vandaag een cursus over epilepsie gevolgd.")]
    [InlineData("Ik weet dat diabetes bij kinderen vaak laat wordt ontdekt.")]
    public void Check_AnIllnessAsATopicOrAFact_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("De juf van groep 4 is sinds maandag ziek thuis.")]
    [InlineData("Onze kleuterjuf ligt in het ziekenhuis.")]
    [InlineData("Onze financieel medewerker is overspannen thuis.")]
    [InlineData("Collega van de bovenbouw ligt al een week in het ziekenhuis.")]
    public void Check_AColleagueKnownByRole_WithAnIllness_IsConfidentialAndPersonalData(string text)
    {
        var result = TestChecker.PersonalByRules(text);
        Assert.True(result.Has(Categories.Confidential, Severity.Block) && result.Has(Categories.PersonalData, Severity.Block), text);
    }

    [Theory]
    [InlineData("De juf van groep 4 heeft een prachtige tentoonstelling gemaakt.")]
    [InlineData("Onze kleuterjuf won de voorleeswedstrijd van de bibliotheek.")]
    public void Check_AColleagueKnownByRole_WithoutASensitiveFact_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Tijdens de toneelavond speelde Sara een voogd die alles regelt.")]
    [InlineData("In de musical stond Noah als de strenge voogd op het podium.")]
    public void Check_APartInASchoolPlay_IsNoFamilyFact(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Sara woont sinds de zomer bij een voogd.")]
    [InlineData("Noah speelt sinds de scheiding vaak bij zijn oma.")]
    public void Check_AFamilyFact_EvenBesideAVerbOfPlaying_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Ik heb het complete voorleesboek van Pluk van de Petteflet overgetypt voor de ouders.")]
    [InlineData("Het hele taalschrift van de methode is gekopieerd en uitgedeeld.")]
    [InlineData("Dat werkschrift heb ik integraal gescand voor de klassenapp.")]
    [InlineData("Hierbij de volledige songtekst van ons favoriete Sinterklaaslied van Ome Henk.")]
    public void Check_AWholeWorkCopied_IsCopyright(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Ons eigen voorleesboek met verhalen van groep 5 is gekopieerd voor alle ouders.")]
    [InlineData("Elk kind krijgt na de vakantie een nieuw rekenschrift.")]
    [InlineData("Hierbij de uitnodiging voor de kerstviering van groep 3.")]
    public void Check_OwnWorkANewWorkbookOrAnInvitation_IsNoCopyright(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Copyright), text);

    [Fact]
    public void Check_ALeadersConviction_IsCapacityDoubt_AndConvictionAsAManner_IsNot()
    {
        Assert.True(Leader("Mijn overtuiging: elke leerling verdient een eigen mentor op school.").Has(Categories.Capacity, Severity.Doubt));
        Assert.False(Leader("Met overtuiging feliciteer ik het team met de nieuwe speeltuin.").Has(Categories.Capacity, Severity.Doubt));
    }
}
