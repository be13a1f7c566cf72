namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>The patterns that compose word classes into harmful statements (issue 9, item 2).</summary>
public class HarmfulPatternTests
{
    private static Severity? Harm(string text) => TestChecker.Personal(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Die Bulgaren zijn allemaal oplichters.")] // group + negative attribute
    [InlineData("Asielzoekers zijn parasieten.")] // group + dehumanising noun
    [InlineData("Vrouwen zijn hier niet welkom.")] // negation turns a positive into exclusion
    [InlineData("Waarom zijn Roemenen altijd zo vies?")] // a question keeps it hateful
    [InlineData("Ik heb het over moslims. Ze zijn gewoon tuig.")] // a pronoun pointing back to the group
    [InlineData("Kankerbulgaren overal.")] // a curse compounded with a group
    public void Check_HateAboutAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Bulgaren zijn geen oplichters, het zijn harde werkers.")] // a negated negative
    [InlineData("Wie zegt dat asielzoekers parasieten zijn, is gewoon racistisch.")] // counter-speech
    [InlineData("Het woord 'zigeuner' gebruiken we niet meer.")] // a mention, not a use
    [InlineData("Onze Bulgaarse buren brachten zelfgebakken brood.")] // a neutral mention
    [InlineData("In Polen is het nu kouder dan hier.")] // a country, not its people
    public void Check_MentionOfAGroupWithoutHate_IsNotHarmful(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als ik die conciërge nog eens zie, ga ik hem in elkaar slaan.")]
    [InlineData("Ik ga die moeder na schooltijd eens opwachten.")]
    [InlineData("Die vader moet gewoon een pak slaag krijgen.")]
    public void Check_ThreatWithoutAClassicThreatWord_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Onze invaller gedraagt zich als een aap.")]
    [InlineData("Die moeder is echt een aasgier.")]
    [InlineData("Die ouders zijn echt dom.")]
    [InlineData("Wat een kloteleerlingen dit jaar.")]
    public void Check_InsultOfAPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Onze hond is een echt beest als hij een bal ziet.")]
    [InlineData("De kleuters waren vandaag echte aapjes in het klimrek.")]
    public void Check_AnimalWordsAboutAnimalsOrPlay_AreNoInsult(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Nog 23 schooldagen tot de zomervakantie. Niet dat ik tel.")]
    [InlineData("Het bestuur doet er weer niks aan.")]
    public void Check_WearyOrPoliteComplaint_Doubts(string text) => Assert.Equal(Severity.Doubt, Harm(text));
}
