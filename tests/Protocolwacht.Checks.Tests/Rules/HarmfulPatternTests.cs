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

/// <summary>The second round of patterns (issue 9): constructions of Dutch, each with a contrast that is no hate.</summary>
public class HarmfulConstructionTests
{
    private static Severity? Harm(string text) => TestChecker.Personal(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Vrouwen horen thuis bij de kinderen en niet op kantoor.")] // "horen … en niet …": a negation later in the clause
    [InlineData("Die Syriërs kosten ons alleen maar geld.")] // a group reduced to a burden
    [InlineData("Vluchtelingen kosten handenvol geld.")]
    [InlineData("Die Somaliërs moeten het land uit.")] // "het land uit"
    [InlineData("Homo's horen opgesloten te worden.")] // participle of a removal verb
    [InlineData("Polen pikken al het werk in.")] // bad conduct said of the whole group
    [InlineData("Ik zeg niet dat alle Roemenen dieven zijn, maar veel scheelt het niet.")] // disclaimer, then "maar"
    public void Check_GroupHateInAConstruction_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het is triest dat sommigen beweren dat vluchtelingen profiteurs zijn.")] // the claim is condemned
    [InlineData("Onze nieuwe leerling komt uit Syrië en spreekt al goed Nederlands.")] // "uit" a country
    [InlineData("De vluchtelingen uit Oekraïne zijn welkom in de gymzaal.")]
    [InlineData("De opvang van vluchtelingen kost de gemeente dit jaar twee miljoen euro.")] // a cost, no "alleen maar"
    [InlineData("Ik denk niet dat Polen dieven zijn.")] // a plain negation still negates
    public void Check_GroupMentionInTheSameConstructions_IsNotHate(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Iemand moet die buurman eens flink in elkaar slaan.")] // "in elkaar" + a verb of hitting
    [InlineData("Ik ga die vent in elkaar trappen.")]
    [InlineData("Nog één keer en jij kunt je tanden bij elkaar rapen.")] // an ultimatum and its outcome
    [InlineData("Die conciërge krijg ik nog wel.")] // revenge promised
    [InlineData("We maken die vent helemaal kapot.")] // a split verb of destroying around a person
    [InlineData("Wie nog eens aan mijn auto zit, kan een ambulance bellen.")] // "wie": whoever is the target
    public void Check_ThreatByIdiom_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We gaan vanmiddag met de kinderen een balletje trappen.")]
    [InlineData("Als je je tanden niet poetst, krijg je gaatjes.")]
    [InlineData("De kinderen hebben samen een hut in elkaar gezet.")]
    [InlineData("Volgende week sla ik die ballonnen kapot op het feest.")] // "die" before a thing is no person
    [InlineData("Ik maak mijn rapporten vanavond af.")]
    [InlineData("Die boeken krijg ik nog wel terug van de bibliotheek.")]
    public void Check_SameWordsWithoutAThreat_AreNoThreat(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wat zijn die ouders toch dom.")] // inverted order: copula first
    [InlineData("Zijn die collega's nou echt zo incompetent?")]
    public void Check_InsultWithTheCopulaFirst_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Fact]
    public void Check_QuestionWithTheCopulaFirstWithoutAnInsult_IsNoInsult() =>
        Assert.NotEqual(Severity.Block, Harm("Zijn de ouders van groep 5 al op de hoogte van de excursie?"));
}
