namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's fifteenth pass (hate and threats), each with a contrast, in sentences written for this
/// test (not taken from a corpus), judged by the rules alone: a weapon kept ready for someone without a word of meeting
/// ("ligt al klaar", "voor als …", "heb … liggen"); abusive person nouns as targets; a weapon named by a compound's
/// last part; a group told to kneel or kiss the ground; a group denied pain, grief or shame (no longer read as
/// counter-speech because "pijn" condemns elsewhere); and the allowed side: a bat for the season, a tool for a move, a
/// weapon found by the police, a knife for a cake, kneeling in the garden or in a history lesson, a relative without
/// pain, a group adjective before a dish said to be nasty, a referee's decision.
/// </summary>
public class FifteenthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("De sloophamer staat al klaar achter de deur voor die engerd van de overkant.")]
    [InlineData("Voor als die schoft nog eens aan mijn dochter komt, zit er een mes in mijn binnenzak.")]
    [InlineData("Ik heb een wapenstok onder de stoel liggen voor die rotzak van het parkeerterrein.")]
    [InlineData("Die patser mag weten dat mijn knuppel klaarligt.")]
    public void Check_WeaponKeptReadyForSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De knuppel ligt al klaar voor de eerste wedstrijd van het seizoen.")]
    [InlineData("Ik heb een breekijzer in de bus liggen voor de sloop van de keuken.")]
    [InlineData("De politie vond een mes in de auto van de verdachte.")]
    [InlineData("Het mes ligt klaar voor de kinderen om de verjaardagstaart aan te snijden.")]
    public void Check_WeaponReadyForAThingOrFoundByOthers_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Deze keer neem ik het broodmes van mijn oom mee als ik die vent zie.")]
    [InlineData("Ik heb een tafeltennisbat in de auto liggen, voor als je weer bij mijn huis komt schelden.")]
    public void Check_WeaponNamedByACompoundsLastPart_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Fact]
    public void Check_CompoundWeaponUsedForItsPurpose_IsNoThreat() =>
        Assert.Null(Harm("Ik snijd de taart met het broodmes voor mijn zus."));

    [Theory]
    [InlineData("Die Koerden mogen op hun blote knieën dankbaar zijn dat ze hier mogen blijven.")]
    [InlineData("Nieuwkomers horen op hun knieën te danken voor elke uitkering.")]
    [InlineData("Die Albanezen zouden de grond moeten kussen waarop wij lopen.")]
    public void Check_GroupToldToKneelOrKissTheGround_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het is vernederend om te zeggen dat vluchtelingen op hun knieën moeten bedanken.")]
    [InlineData("Mijn moeder lag op haar knieën in de tuin om onkruid te wieden.")]
    [InlineData("Tot 1863 werkten slaven in Suriname op hun knieën op de plantages.")]
    public void Check_KneelingCondemnedOrDescribed_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Marokkanen voelen geen pijn, dat zijn net robots.")]
    [InlineData("Die Turken kennen geen schaamte en geen berouw.")]
    [InlineData("Roma voelen geen verdriet om hun doden.")]
    public void Check_GroupDeniedPainGriefOrShame_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het doet pijn dat mensen zeggen dat Roma geen gevoel hebben.")]
    [InlineData("Mijn tante voelt geen pijn meer sinds haar nieuwe heup.")]
    [InlineData("Vluchtelingen hebben vaak veel pijn en verdriet meegemaakt.")]
    public void Check_PainCondemningOrFeltByPeople_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Spaanse paella is eerlijk gezegd smerig.")]
    [InlineData("Die Griekse olijfolie is echt goor.")]
    public void Check_GroupAdjectiveBeforeADishSaidToBeNasty_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_GroupAdjectiveBeforePeopleSaidToBeNasty_StillBlocks() =>
        Assert.Equal(Severity.Block, Harm("Die Spaanse jongens zijn smerig."));

    [Fact]
    public void Check_RefereesDecisionCalledBad_IsNoComplaint() =>
        Assert.Null(Harm("De scheidsrechter nam een belachelijke beslissing bij die penalty."));

    [Fact]
    public void Check_BoardsDecisionCalledBad_IsStillAComplaint() =>
        Assert.Equal(Severity.Doubt, Harm("Het bestuur nam een belachelijke beslissing over het rooster."));

    [Fact]
    public void Check_AbusivePersonNounAsSubject_IsAnInsult() =>
        Assert.Equal(Severity.Block, Harm("Die pestkop is een lafaard."));
}
