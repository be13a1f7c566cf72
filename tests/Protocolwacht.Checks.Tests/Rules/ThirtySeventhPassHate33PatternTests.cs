namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-seventh pass (hate33), each pattern in sentences written for this test in other words and
/// with other groups than the batches, with allowed look-alikes beside it, judged by the rules alone: spelling variations
/// (the chat "-e" for "-en" mended in the key, a d/t slip that spells an ordinary verb one letter from a slur); a group
/// named by an adjective and a word for people; a persecution wished after the fact; a smell told of a group's presence; a
/// group sent home to the children; and the false stops of a medical adjective, a closing "hoor" after a negation.
/// </summary>
public class ThirtySeventhPassHate33PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("die turken moete maar goed oppasse hier")]
    [InlineData("Die Bulgaren moete maar oppasse, we weten waar ze zitten.")]
    [InlineData("die homo's moete maar oppasse als ze hier langs lopen")]
    public void Check_AWarningInChatSpelling_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("we moete nog even oppasse met de tijd, de bus gaat om drie uur")]
    [InlineData("de kinderen moete goed oppasse bij het oversteken")]
    public void Check_ChatSpellingWithoutAGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("De lamp in de hal flikkerd al de hele ochtend.")]
    [InlineData("het tl-licht in lokaal 3 flikkerdt weer")]
    public void Check_AVerbWithItsEndingSlippedOneLetterFromASlur_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die flikkers moeten hier weg.")]
    [InlineData("die flikkrs moeten hier weg")]
    public void Check_TheSlurItselfMisspelt_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Oude mensen moeten gewoon creperen.")]
    [InlineData("Jonge lui zijn tegenwoordig allemaal tuig.")]
    [InlineData("dat dove volk hoort hier niet")]
    [InlineData("Donkere mensen zijn parasieten.")]
    public void Check_AGroupByAdjectiveAndAWordForPeople_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Oude mensen hebben zoveel te vertellen, wat een mooie middag in het verzorgingshuis.")]
    [InlineData("Jonge mensen moeten gewoon kunnen sporten na school.")]
    [InlineData("Die oude boeken zijn echt tuig, ze vallen uit elkaar.")]
    [InlineData("Donkere dagen, maar de klas is vrolijk.")]
    public void Check_AnAdjectiveOfAGroupWithoutHate_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Hadden de nazi's die zigeuners maar allemaal vergast.")]
    [InlineData("Had Stalin de Tsjetsjenen maar allemaal afgevoerd.")]
    [InlineData("Die joden? Ze zijn er een paar vergeten in de gaskamers.")]
    public void Check_APersecutionWishedAfterTheFact_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Had ik die Turkse koekjes maar meegenomen naar de vergadering.")]
    [InlineData("We mogen nooit vergeten wat er in de kampen met joden en Roma gebeurde.")]
    [InlineData("Hadden we de Syrische leerlingen maar eerder uitgenodigd voor het feest.")]
    public void Check_ARegretOrRemembrance_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Het stinkt hier altijd zodra die Somaliërs binnenkomen.")]
    [InlineData("Je ruikt meteen wanneer er Bulgaren in de trein zitten.")]
    public void Check_AGroupSmelledWhenPresent_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Je ruikt het meteen als er soep op het vuur staat.")]
    [InlineData("Het stinkt hier zodra de vuilniswagen langskomt.")]
    [InlineData("Je ruikt de Marokkaanse kruiden al als je de markt op loopt.")]
    public void Check_ASmellOfAThing_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Meiden horen gewoon thuis bij hun kroost.")]
    [InlineData("Meisjes horen thuis in de keuken.")]
    public void Check_AGroupSentHomeToTheChildren_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vaders horen niet alleen thuis bij de kinderen, ook op het werk is plek voor zorg.")]
    [InlineData("Mannen horen net zo goed thuis bij de kinderen als vrouwen.")]
    public void Check_AGroupNotConfinedToHome_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Onze nieuwe leerling heeft een spastische verlamming en krijgt hulp van een assistent.")]
    [InlineData("Bij een spastische aandoening helpt fysiotherapie vaak goed.")]
    public void Check_AMedicalAdjectiveBeforeADisorder_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Wat een spastische gozer is dat.")]
    [InlineData("Die spastische kinderen moeten naar een andere school.")]
    public void Check_TheSameAdjectiveAsAName_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik vind Turken helemaal niet eng hoor.")]
    [InlineData("Eritreeërs zijn niet gevaarlijk hoor, ze zijn juist heel vriendelijk.")]
    public void Check_ANegatedFearClosedByHoor_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik vind Turken eng hoor.")]
    [InlineData("Eritreeërs horen hier niet.")]
    public void Check_AFearOrExclusionWithoutNegatedParticle_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));
}
