namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// Hate constructions of issue 9's sixth pass, by functional class, each with contrasts that use the same words
/// without hate: split verbs of harm, arson and armed visits, subordinate "cannot" generalisations, misspelt
/// curses before a group, a neutral "homofiel", and counter-speech that rejects what was said.
/// </summary>
public class HateClassTests
{
    private static Severity? Harm(string text) => TestChecker.Personal(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement);

    private static Verdict VerdictOf(string text) => TestChecker.Personal(text, "bas.meijer").Verdict;

    [Theory]
    [InlineData("Die Eritreeërs knopen we allemaal op.")]
    [InlineData("Zulke Roemenen schieten we gewoon neer.")]
    [InlineData("Die Afghanen hangen we op aan een lantaarnpaal.")]
    public void Check_SplitVerbOfHarmAgainstAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Met de Oekraïense leerlingen maken we het project vandaag af.")]
    [InlineData("Mijn Poolse buren knopen hun schoenveters op een gekke manier.")]
    public void Check_SplitVerbWithAThingBetween_IsNoHarm(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik steek die synagoge nog eens in de fik.")]
    [InlineData("Dat azc moet gewoon in brand gestoken worden.")]
    [InlineData("Morgen kom ik bij hem langs met een knuppel.")]
    [InlineData("Wacht maar tot ik die Surinamer alleen tref, dan zal hij wat beleven.")]
    [InlineData("Ik weet heus waar die Bulgaar met zijn gezin woont.")]
    public void Check_ImplicitThreat_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zaterdag zetten we de oude kerstbomen in de fik bij het paasvuur.")]
    [InlineData("Ik snijd de appeltaart met een mes in acht stukken.")]
    [InlineData("Kom naar de kermis in ons dorp, daar zul je wat beleven!")]
    public void Check_SameWordsWithoutAThreat_AreAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Waarom Somaliërs zich niet kunnen gedragen snap ik niet.")]
    [InlineData("Het is nu eenmaal zo dat Antillianen gewoon niet kunnen plannen.")]
    [InlineData("Iedereen weet dat Roma nooit kunnen werken.")]
    public void Check_SubordinateCannotGeneralisation_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het is zonde dat vluchtelingen de eerste maanden niet kunnen werken.")]
    [InlineData("Ik vind het erg dat die statushouders niet kunnen sporten.")]
    public void Check_SubordinateCannotAsAFact_IsNoHate(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Kankrpolen overal in de kassen.")]
    [InlineData("Tyfsmarokkanen met jullie scooters.")]
    public void Check_MisspeltCurseBeforeAGroup_BlocksAsHateAndProfanity(string text)
    {
        var result = TestChecker.Personal(text, "bas.meijer");
        Assert.Equal(Severity.Block, result.SeverityOf(Categories.HarmfulStatement));
        Assert.True(result.Has(Categories.Profanity));
    }

    [Theory]
    [InlineData("Onze buurman is homofiel en zingt in het koor.")]
    public void Check_NeutralHomofiel_IsAllowed(string text) => Assert.Equal(Verdict.Allow, VerdictOf(text));

    [Theory]
    [InlineData("Wat een vuile homofiel is die man.")]
    [InlineData("Homofielen zijn gestoord.")]
    public void Check_HomofielInAHatefulFrame_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik vind het walgelijk hoe mensen over Syriërs praten.")]
    [InlineData("Somaliërs parasieten noemen is ontmenselijkend.")]
    public void Check_CounterSpeech_IsAllowed(string text) => Assert.Equal(Verdict.Allow, VerdictOf(text));

    [Fact]
    public void Check_PronounAfterAGroup_StillHate_WhenTheNextSentenceRejectsNothing() =>
        Assert.Equal(Severity.Block, Harm("Er wonen veel Polen in mijn wijk. Ze horen hier niet thuis."));

    [Theory]
    [InlineData("Het busje zit vol Roemenen en het stinkt naar Roemenen.")]
    [InlineData("Eritreeërs zijn een gevaar voor onze dochters.")]
    [InlineData("Ouderen zijn een last voor de zorg.")]
    [InlineData("Ik heb zijn adres al, die Turk krijgt vanavond bezoek.")]
    [InlineData("Afghanen 🤮")]
    [InlineData("Die Somaliërs 🐀")]
    public void Check_StenchBurdenVisitOrEmojiAtAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het ruikt in de hele straat naar Turks brood.")]
    [InlineData("Het stinkt hier naar Indisch eten, heerlijk.")]
    [InlineData("Vluchtelingen zijn geen gevaar voor ons land.")]
    [InlineData("Ouderen hebben veel last van de hitte.")]
    [InlineData("Morgen krijgen we bezoek van de Poolse familie van mijn vrouw.")]
    [InlineData("Spruitjes 🤮")]
    public void Check_SameWordsWithoutHate_AreAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Typisch weer zo'n Marokkaan die voordringt.")]
    [InlineData("Ik vind Polen gewoon onbetrouwbaar.")]
    [InlineData("Roemenen horen in de gevangenis, allemaal.")]
    [InlineData("Transgenders horen in de hel.")]
    [InlineData("Ik zeg het zoals het is: Afghanen eruit!")]
    public void Check_TypicalOpinionPlaceOrSlogan_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik vind het slecht dat vrouwen nog altijd minder verdienen.")]
    [InlineData("De Marokkaanse buren horen de hele dag de bouw van de school.")]
    [InlineData("Onze Syrische buren gingen eruit vanavond, naar de bioscoop.")]
    [InlineData("Typisch Turkse gastvrijheid: we kregen meteen thee en baklava.")]
    public void Check_SameWordsWithoutHate_AreNotBlocked(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Fact]
    public void Check_DogOwnedByAGroup_IsNoComparison()
    {
        Assert.Null(Harm("De Turkse familie van nummer 12 heeft een hond uit het asiel."));
        Assert.Equal(Severity.Block, Harm("Die Turken zijn net honden."));
    }

    [Fact]
    public void Check_DisputingQuestion_IsCounterSpeech_UnlessTheAnswerAddsHate()
    {
        Assert.Equal(Verdict.Allow, VerdictOf("Sinds wanneer zijn Turken lui? Mijn Turkse collega's zijn de hardst werkende mensen die ik ken."));
        Assert.Equal(Severity.Block, Harm("Hoezo mogen Somaliërs hier gratis wonen? Het zijn allemaal profiteurs."));
    }
}
