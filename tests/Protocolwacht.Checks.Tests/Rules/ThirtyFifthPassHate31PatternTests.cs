namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-fifth pass (hate31), each pattern in sentences written for this test in other words and
/// with other groups than the batches, with allowed look-alikes beside it, judged by the rules alone: a group declared a
/// burden without "voor", a group not wanted ("X moeten we niet hebben"), a right withheld as counsel ("X moet je niet laten
/// stemmen"), a denied generalisation taken back ("niet alle X zijn Y, alleen de meeste"), and group words disguised by an
/// '@' for another vowel or by doubled letters.
/// </summary>
public class ThirtyFifthPassHate31PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Ouderen zijn een last.")]
    [InlineData("Asielzoekers zijn gewoon een last.")]
    [InlineData("Al die gehandicapten zijn een kostenpost.")]
    [InlineData("Over Syriërs gesproken: ze zijn echt een last.")]
    [InlineData("Zigeuners? Die zijn een last.")]
    [InlineData("Homo's zijn een last.")]
    public void Check_AGroupDeclaredABurdenWithoutFor_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ouderen zijn geen last.")]
    [InlineData("Asielzoekers zijn voor niemand een last, integendeel.")]
    [InlineData("Die zware boekentas is een last.")]
    [InlineData("Mijn rugpijn is echt een last de laatste tijd.")]
    public void Check_ABurdenDeniedOrAThing_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Bulgaren moeten we hier niet hebben.")]
    [InlineData("Hindoes moeten we in onze buurt niet hebben.")]
    [InlineData("Lesbiennes? Die moeten we niet hebben.")]
    [InlineData("Transgenders hoeven we hier niet te hebben.")]
    [InlineData("Homo's moeten we hier niet hebben.")]
    [InlineData("Over Somaliërs: dat soort moet je hier niet hebben.")]
    public void Check_AGroupNotWanted_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Bulgaren moeten we hier echt in de watten leggen.")]
    [InlineData("Die schoenen moeten we niet hebben, ze zijn te duur.")]
    [InlineData("Hindoes hebben hier een prachtige tempel.")]
    public void Check_WantedOrAThingNotWanted_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Moslims moet je niet laten stemmen.")]
    [InlineData("Homo's moet je nooit laten trouwen.")]
    [InlineData("Je moet transgenders niet laten lesgeven.")]
    [InlineData("Migranten moeten we niet laten meebeslissen.")]
    public void Check_ARightWithheldFromAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ouderen moet je niet laten vereenzamen.")]
    [InlineData("Vluchtelingen moet je niet laten verdrinken.")]
    [InlineData("Moslims mogen natuurlijk gewoon stemmen.")]
    [InlineData("Je moet de kinderen niet laten stemmen over het schoolreisje.")]
    public void Check_HarmKeptFromAGroupOrNoGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Niet alle Somaliërs zijn dieven, alleen de meeste.")]
    [InlineData("Niet alle moslims zijn terroristen, maar wel veel.")]
    [InlineData("Niet elke Roemeen is een oplichter, de meerderheid wel.")]
    public void Check_ADeniedGeneralisationTakenBack_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Niet alle moslims zijn terroristen, dat is onzin.")]
    [InlineData("Niet alle Somaliërs zijn dieven, wat een onzin.")]
    public void Check_ADeniedGeneralisationKept_IsAllowed(string text) => Assert.Null(Harm(text));

    // A clause of its own with a verb after "de meeste" keeps the denial (these two were a doubt before this pass, from
    // another reading; the pass must not make them a block).
    [Theory]
    [InlineData("Niet alle Somaliërs zijn dieven, de meeste werken gewoon hard.")]
    [InlineData("Niet elke Roemeen is een oplichter, helemaal niet zelfs.")]
    public void Check_ADeniedGeneralisationWithAClauseOfItsOwn_IsNotBlocked(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Homo's zijn pedo's.")]
    [InlineData("Al die priesters en imams zijn pedofielen.")]
    public void Check_AGroupCalledChildAbusers_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Homo's zijn geen pedo's, dat is een oude leugen.")]
    [InlineData("Transgenders zijn gewone mensen.")]
    public void Check_ChildAbuseDeniedOrAGroupAffirmed_IsAllowed(string text) => Assert.Null(Harm(text));

    // The learned second opinion doubted an affirmation of a group's kind for "echte vrouwen" (its pairs do not see the
    // "geen" of "zijn geen echte vrouwen" it learned from); GroupAffirmed keeps its harmful doubt away, the full checker.
    [Theory]
    [InlineData("Transvrouwen zijn echte vrouwen en verdienen respect.")]
    [InlineData("Transmannen zijn echte mannen en verdienen respect.")]
    [InlineData("Transvrouwen zijn echte vrouwen, klaar.")]
    public void Check_AGroupAffirmed_HasNoHarmfulDoubtOfTheModel(string text) =>
        Assert.Null(TestChecker.Personal(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Transvrouwen zijn geen echte vrouwen.")]
    [InlineData("Transmannen zijn geen echte mannen, klaar.")]
    public void Check_AGroupsKindDenied_StillBlocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.Personal(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die j@den zijn ratten.")]
    [InlineData("Al die m@slims moeten weg.")]
    [InlineData("Hoomoo's zijn ziek.")]
    [InlineData("Die Turrken zijn tuig.")]
    public void Check_AGroupWordDisguised_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die j@den zijn welkom bij ons.")]
    [InlineData("Hoomoo's zijn ook gewoon mensen.")]
    [InlineData("Die rattten in de schuur zijn ziek.")]
    [InlineData("Die boomen in het park zijn ziek.")]
    public void Check_ADisguisedGroupPraisedOrNoGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Eritreeërs? Grenzen dicht voor dat soort.")]
    [InlineData("Ken je die Koerden? De grens moet dicht voor zulk volk.")]
    public void Check_BordersClosedToAGroupCalledThatSort_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Grenzen dicht voor dat soort vrachtwagens, zegt de minister.")]
    [InlineData("Eritreeërs vieren hier Kerstmis. De grens gaat open voor dat soort feesten.")]
    public void Check_BordersClosedToThingsOrOpened_IsAllowed(string text) => Assert.Null(Harm(text));
}
