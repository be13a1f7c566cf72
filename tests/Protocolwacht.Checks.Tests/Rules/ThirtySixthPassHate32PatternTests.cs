namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-sixth pass (hate32), each pattern in sentences written for this test in other words and
/// with other groups than the batches, with allowed look-alikes beside it, judged by the rules alone: a group caught, its
/// meeting place known or its end announced by "we" without a word of violence; rights denied with "geen rechten"; a group
/// told to be silent; a wish that a group were not there; "nie" read as "niet"; the old named by "oudje"; a group word
/// carrying no polarity of its own; and a warning with a reason for care.
/// </summary>
public class ThirtySixthPassHate32PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als we die Marokkaantjes te pakken krijgen, dan zwaait er wat.")]
    [InlineData("We nemen die Turken nog wel te grazen.")]
    [InlineData("Ik krijg die flikkers heus wel te pakken.")]
    [InlineData("Wacht maar tot wij die Eritreeërs te grazen nemen.")]
    public void Check_AGroupCaughtByTheAuthor_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We hebben de griep goed te pakken in groep 5.")]
    [InlineData("Wacht maar tot we die nieuwe tablets te pakken krijgen!")]
    [InlineData("De politie kreeg de dief eindelijk te pakken.")]
    public void Check_AThingCaughtOrNoGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Wij weten precies waar al die Roemenen wonen.")]
    [InlineData("Ik ken de plek waar die hindoes samenkomen, en ik weet waar die sikhs bidden.")]
    [InlineData("Ik weet heus wel waar zulke transgenders uithangen.")]
    public void Check_TheAuthorKnowsWhereAGroupMeets_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik weet waar de moslims samenkomen: in de moskee aan de Dorpsstraat.")]
    [InlineData("Weet jij waar die nieuwe gymschoenen liggen?")]
    [InlineData("Ik weet waar die boeken staan, in de kast bij groep 8.")]
    public void Check_AMeetingPlaceAsNewsOrNoGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Nog even en het is gedaan met zulke homo's hier.")]
    [InlineData("Straks is het uit met al die Syriërs in de wijk.")]
    [InlineData("Het is klaar met die Antillianen, let maar op.")]
    public void Check_TheEndOfAGroupAnnounced_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het is klaar met die regen, eindelijk zon.")]
    [InlineData("Straks is het uit met die herrie op het schoolplein.")]
    [InlineData("Het is afgelopen met de verbouwing van de aula.")]
    public void Check_TheEndOfAThing_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Homo's verdienen geen rechten.")]
    [InlineData("Ik vind dat Turken geen rechten moeten krijgen.")]
    [InlineData("Asielzoekers moeten gewoon geen rechten hebben.")]
    [InlineData("Vrouwen horen nergens recht op te hebben.")]
    public void Check_RightsDeniedToAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vrouwen hadden vroeger geen stemrecht.")]
    [InlineData("Waarom zouden transgenders geen rechten mogen hebben?")]
    [InlineData("Leerlingen moeten geen recht hebben op een extra pauze, vindt de raad.")]
    public void Check_RightsInHistoryDefendedOrNoGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Moslims horen hun kop te houden.")]
    [InlineData("Wijven moeten hun bek houden als mannen praten.")]
    [InlineData("Die Polen moeten gewoon hun smoel dichthouden.")]
    [InlineData("Lesbiennes moeten hun mond maar houden.")]
    public void Check_AGroupToldToBeSilent_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De leerlingen moeten hun mond houden tijdens de toets.")]
    [InlineData("Vrouwen moeten hun mond niet houden over ongelijkheid.")]
    public void Check_SilenceAskedOfAClassOrSpeakingUp_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Waren er maar nooit Polen naar ons dorp gekomen.")]
    [InlineData("Was er maar geen enkele zigeuner meer in de stad.")]
    [InlineData("Zou mooi zijn als al die Bulgaren opsodemieterden.")]
    public void Check_AWishThatAGroupWereGone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Was er maar een Poolse bakker in de buurt.")]
    [InlineData("Was er maar geen regen geweest tijdens de sportdag.")]
    public void Check_AWishForAGroupOrNoGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("MOSLIMS ZIJN NIE WELKOM")]
    [InlineData("Koerden zijn hier nie welkom.")]
    public void Check_NieReadAsNiet_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik ben nie bang voor Polen.")]
    [InlineData("Homo's zijn nie slechter dan wie dan ook.")]
    public void Check_NieNegatingHate_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Oudjes moeten gewoon doodgaan.")]
    [InlineData("Grijsaards zijn nutteloos.")]
    public void Check_TheOldNamedByANoun_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De oudjes van het verzorgingshuis kwamen voorlezen.")]
    [InlineData("Als gehandicapte vader ken ik de drempels in het gebouw.")]
    [InlineData("Als gehandicapte moeder weet ik hoe belangrijk een toegankelijke school is.")]
    public void Check_TheOldOrDisabledNamedNeutrally_IsAllowed(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_ADisabledGroupDeclaredUseless_StillBlocks() => Assert.Equal(Severity.Block, Harm("Gehandicapten zijn nutteloos."));

    [Fact]
    public void Check_AWarningWithAReasonForCare_IsAllowed() =>
        Assert.Null(Harm("Wandelaars moeten maar oppassen als ze hier langskomen, het is glad."));

    [Fact]
    public void Check_TheSameWarningWithoutAReason_Blocks() =>
        Assert.Equal(Severity.Block, Harm("Wandelaars moeten maar oppassen als ze hier langskomen."));

    [Theory]
    [InlineData("We gaan die Roemenen eens mores leren.")]
    [InlineData("Ik ga die homo's eens een lesje leren.")]
    [InlineData("We zullen hem eens een lesje leren.")]
    [InlineData("Die scooter van de buurjongen gaan we vannacht een lesje leren.")]
    public void Check_APersonOrGroupTaughtALesson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We gaan die achterstand in rekenen eens een lesje leren.")]
    [InlineData("Wij gaan dat lastige dictee eens mores leren.")]
    public void Check_AThingTaughtALesson_IsAllowed(string text) => Assert.Null(Harm(text));
}
