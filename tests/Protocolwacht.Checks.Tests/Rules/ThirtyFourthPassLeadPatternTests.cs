namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 53, judged by the rules alone, in sentences written for this test (found by
/// fresh40-lead-heldout): damage to someone's things promised after a misdeed done once more ("wie … nog één keer …,
/// vindt morgen lekke banden"); "weet ik hem … te vinden" with a time said between; a dehumanising noun for a colleague
/// known by the unit they work in ("die dikke koe van de administratie … haar werk"); and a method or plan of the board
/// said to work "voor geen meter"; and the verb "doven" ("het vuur dooft") no longer names the deaf as a group.
/// </summary>
public class ThirtyFourthPassLeadPatternTests
{
    [Theory]
    [InlineData("Wie nog één keer klem parkeert, vindt morgen vier lekke banden.")]
    [InlineData("Als hij nog eens op mijn plek parkeert, heeft hij morgen een kapotte ruit.")]
    [InlineData("Zodra die jongen nog een keer aan mijn brommer zit, staat zijn fiets morgen met lekke banden.")]
    public void Check_DamageAfterAMisdeedDoneOnceMore_IsAThreat(string text) =>
        Assert.Equal(Verdict.Block, TestChecker.PersonalByRules(text, "kees.dekker").Verdict);

    [Theory]
    [InlineData("Wie morgen een lekke band heeft, kan bij de conciërge een pomp lenen.")]
    [InlineData("Als het nog eens zo hard vriest, hebben we straks kapotte leidingen.")]
    [InlineData("Wie nog een keer zijn fiets voor de nooduitgang zet, vindt hem morgen in het fietsenhok.")]
    [InlineData("Wie als eerste binnen is, vindt een verrassing op zijn tafel.")]
    public void Check_DamageWithoutARepeatedMisdeedOrInTheCondition_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Als die scheidsrechter nog eens zo fluit, weet ik hem na afloop wel te vinden.")]
    [InlineData("Blijft die buurman zo doorgaan, dan weet ik hem na het weekend wel te vinden.")]
    public void Check_KnowingWhereToFindSomeoneWithATimeBetween_IsAThreat(string text) =>
        Assert.Equal(Verdict.Block, TestChecker.PersonalByRules(text, "bas.meijer").Verdict);

    [Theory]
    [InlineData("Ik weet je op LinkedIn wel te vinden hoor, bedankt voor de tip!")]
    [InlineData("Heb je hulp nodig bij de musical? Je weet me na schooltijd wel te vinden.")]
    public void Check_KnowingWhereToFindSomeoneFriendly_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "bas.meijer").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die dikke koe van de administratie doet nooit haar werk.")]
    [InlineData("Dat luie varken van personeelszaken belt nooit terug, hij zit altijd te lunchen.")]
    [InlineData("Die ezel van de helpdesk snapt er niks van, hij heeft mijn laptop weer gewist.")]
    public void Check_ADehumanisingNounForAColleagueByTheirUnit_IsAnInsult(string text) =>
        Assert.Equal(Verdict.Block, TestChecker.PersonalByRules(text, "kees.dekker").Verdict);

    [Theory]
    [InlineData("Die kat van de receptie ligt altijd in de zon.")]
    [InlineData("De koe van de boerderij geeft veel melk, zegt hij.")]
    public void Check_AnAnimalOfAPlaceWithoutAPersonMeant_IsNoInsult(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("De leesmethode die Konot ons heeft opgelegd, werkt voor geen meter.")]
    [InlineData("De aanpak die het bestuur ons gaf, werkt voor geen meter.")]
    [InlineData("Het nieuwe beleid van het bestuur werkt van geen kant.")]
    public void Check_TheBoardsMethodWorkingNotAtAll_IsAComplaint(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "linda.koster").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Onze eigen spellingmethode werkt voor geen meter, dus we stoppen ermee.")]
    [InlineData("Die oude methode uit de bieb werkt voor geen meter.")]
    [InlineData("Deze stofzuiger werkt voor geen meter.")]
    public void Check_AMethodNotTheBoardsWorkingNotAtAll_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "linda.koster").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Doven zijn lui en dom.")]
    [InlineData("Die doven horen niet in onze klas.")]
    public void Check_TheDeafAsAGroup_StillCount(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Het kampvuur dooft vanzelf, die lui hoeven niks te doen.")]
    [InlineData("De kaarsjes doofden en iedereen was lui en voldaan na het kerstdiner.")]
    [InlineData("Doof de lampjes maar, we zijn allemaal lui en voldaan.")]
    public void Check_TheVerbDoven_NamesNoGroup(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));
}
