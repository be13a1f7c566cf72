namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes and constructions of issue 9's eighth pass (hate), each with a contrast, in sentences written
/// for this test (not taken from a corpus): threats without a threat word (an injury promised on a condition,
/// "shame if something happened", an "accident", advice not to go out alone, a visit in numbers, a lesson to be
/// taught, "verhaal halen" with a weapon), breeding said of a group, groups named by a disability, curses
/// abbreviated or with a vowel changed, group nouns within a bounded edit distance, crowds of vermin as
/// compounds; and what must pass: accidents, farming, counter-speech by a generic speaker, a slur someone was
/// called, animals described by a person's place, dictionary words near a group noun.
/// </summary>
public class EighthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.Personal(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement);

    private static Verdict VerdictOf(string text) => TestChecker.Personal(text, "bas.meijer").Verdict;

    [Theory]
    [InlineData("Als die gast nog één keer mijn zusje lastigvalt, loopt hij volgende week met een gebroken kaak rond.")]
    [InlineData("Wie nog eens aan mijn brommer komt, gaat naar huis met een kapotte neus.")]
    [InlineData("Als ik die klojo van de overkant tegenkom, kan hij zijn botten gaan tellen.")]
    public void Check_InjuryPromisedOnACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als je op het ijs uitglijdt, zit je zo met een gebroken pols bij de huisarts.")]
    [InlineData("Mijn buurman kwam vorige week met een gebroken neus terug van de rugbytraining.")]
    [InlineData("Als je struikelt over die losse tegel, loop je met een blauwe knie rond, dus pas op.")]
    public void Check_InjuryFromAMishapOrNarrated_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Mooie bakfiets heb je, buurvrouw. Zou jammer zijn als daar vannacht iets mee gebeurt.")]
    [InlineData("Leuk winkeltje hebben die Syriërs. Zou zonde zijn als het afbrandt.")]
    [InlineData("Prachtige tuin hebben jullie. Zou sneu zijn als er iets met jullie hond gebeurt.")]
    [InlineData("Voor je het weet kan je zoon zomaar een ongelukje krijgen op weg naar school.")]
    [InlineData("Je weet hoe snel een ongelukje gebeurt met zo'n oude auto als die van jou.")]
    public void Check_VeiledHarmToWhatSomeoneOwns_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zou zonde zijn als de zon morgen niet schijnt tijdens de sportdag.")]
    [InlineData("Jammer als er iets gebeurt met de planning, maar we zien het wel.")]
    [InlineData("Er kan altijd een ongelukje gebeuren bij het knutselen, daarom staat de EHBO-doos klaar.")]
    public void Check_ShameOrAccidentWithoutAVictim_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik zou voortaan maar niet meer alleen naar huis lopen, mevrouw van de gemeente.")]
    [InlineData("Ik zou maar niet alleen over straat gaan als ik jou was, meneertje.")]
    [InlineData("Morgen komen we met een stuk of vijftien man langs bij die asielzoekers.")]
    [InlineData("We gaan met twintig man die Poolse winkel eens bezoeken.")]
    [InlineData("We gaan die homo's van hiernaast eens een lesje leren.")]
    [InlineData("Ik ga die buurjongen eens een lesje leren, wacht maar.")]
    [InlineData("Morgen halen we verhaal bij die Marokkaanse jongens, neem maar een knuppel mee.")]
    public void Check_IntimidationWithoutAThreatWord_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik zou maar niet alleen gaan wandelen in het donker, zei mijn moeder altijd tegen me.")]
    [InlineData("Met een man of dertig kwamen we langs bij de nieuwe kinderboerderij, wat een feest.")]
    [InlineData("Ik heb mijn lesje wel geleerd: nooit meer zonder paraplu naar buiten.")]
    [InlineData("We gaan verhaal halen bij de woningcorporatie over de schimmel in de badkamer.")]
    public void Check_AdviceVisitOrLessonWithoutATarget_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Nigerianen vermenigvuldigen zich als ratten.")]
    [InlineData("Moslims planten zich voort als konijnen.")]
    [InlineData("Marokkanen fokken maar door, dit land loopt over.")]
    public void Check_BreedingSaidOfAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De Turkse boer fokt al dertig jaar geiten.")]
    [InlineData("Konijnen vermenigvuldigen zich razendsnel, wist groep 5 na de les.")]
    [InlineData("We fokken al jaren konijnen en cavia's op de kinderboerderij.")]
    public void Check_BreedingAnimals_IsFarmingNotHateNorProfanity(string text) => Assert.Equal(Verdict.Allow, VerdictOf(text));

    [Theory]
    [InlineData("Wie Turken profiteurs noemt, kent de geschiedenis van de gastarbeiders niet.")]
    [InlineData("Iedereen die zegt dat Joden gierig zijn, verspreidt een eeuwenoud vooroordeel.")]
    [InlineData("Wie roept dat vrouwen dom zijn, heeft zelf een probleem.")]
    [InlineData("Mijn neef werd in de trein uitgescholden voor 'vuile Marokkaan'. Bah.")]
    [InlineData("Ze werd uitgescholden voor 'kankerjood', en niemand greep in.")]
    public void Check_HateAttributedToASpeakerOrCalledAtAVictim_IsAllowed(string text) => Assert.Equal(Verdict.Allow, VerdictOf(text));

    [Theory]
    [InlineData("Wie Turken binnenlaat, haalt tuig in huis.")]
    [InlineData("Die Marokkanen zijn uitschot, heb ik altijd al gezegd.")]
    public void Check_WieOrSayingWithoutAttribution_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De wespen bij het terras van mijn schoonvader zijn een echte plaag.")]
    [InlineData("De ratten onder de schuur van de buren zijn echt een plaag geworden.")]
    [InlineData("Die mieren in de tuin van de buurvrouw zijn echt niet te stoppen.")]
    public void Check_AnimalsDescribedByAPersonsPlace_AreNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die buurman van mij is een echte rat.")]
    [InlineData("De vader van Emma is een parasiet.")]
    public void Check_PersonWithAPhrase_StillInsulted(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Slechtzienden zijn een last voor de maatschappij.")]
    [InlineData("Mormonen zijn gestoord.")]
    [InlineData("Die Grieken zijn allemaal lui en corrupt.")]
    [InlineData("Rolstoelers horen niet in de bioscoop.")]
    public void Check_NewGroupsWithAnEvaluation_Block(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Rolstoelers kunnen gratis naar binnen bij het concert.")]
    [InlineData("Grieken vieren Pasen een week later dan wij dit jaar.")]
    [InlineData("Rolstoelgebruikers kunnen het nieuwe gebouw via de lift aan de achterkant in.")]
    public void Check_NewGroupsMentionedNeutrally_AreAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("kkrmongolen")]
    [InlineData("kenkerjoden overal")]
    [InlineData("Weer van die kkrpolen in de trein.")]
    public void Check_CurseAbbreviatedOrWithAVowelChanged_BeforeAGroup_IsHateAndProfanity(string text)
    {
        var result = TestChecker.Personal(text, "bas.meijer");
        Assert.Equal(Severity.Block, result.SeverityOf(Categories.HarmfulStatement));
        Assert.Equal(Severity.Block, result.SeverityOf(Categories.Profanity));
    }

    [Theory]
    [InlineData("Moslem's zijn achterlijk.")]
    [InlineData("Marokkanuh zijn tuig.")]
    [InlineData("Vluchtelingun zijn parasieten.")]
    [InlineData("Zigeunners zijn dieven.")]
    [InlineData("Vluchtelingen zijn parasyten.")]
    [InlineData("Dat Marokkanenvolk is een luizenvolk.")]
    public void Check_MisspeltGroupOrDehumanisingNoun_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Marketing is een vak apart.")]
    [InlineData("Mosselen zijn lekker met friet.")]
    [InlineData("Turkoois is mijn lievelingskleur.")]
    [InlineData("Romans zijn geweldig om voor te lezen.")]
    [InlineData("Het rattennest in de schuur is eindelijk opgeruimd door de ongediertebestrijding.")]
    public void Check_DictionaryWordsNearAGroupNoun_KeepTheirMeaning(string text) => Assert.Equal(Verdict.Allow, VerdictOf(text));

    [Theory]
    [InlineData("Ik ben vorige week op het schoolplein geslagen door een vader, ik slaap er slecht van.")]
    [InlineData("Ik werd als kind vaak geslagen door mijn oom.")]
    [InlineData("Wij zijn vannacht bijna vermoord door een dronken automobilist.")]
    public void Check_AHarmTheSpeakerSuffered_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Irakezen moeten allemaal geslagen worden.")]
    [InlineData("Ik steek hem neer als ik hem tegenkom.")]
    [InlineData("We gaan die Koerden een kopje kleiner maken.")]
    [InlineData("Ik schiet die moslims allemaal overhoop.")]
    [InlineData("Die lesbiennes moeten aan de hoogste boom.")]
    [InlineData("Ik ga die Bulgaren stuk voor stuk kapotmaken.")]
    public void Check_CallsForViolenceAndIdiomsOfKilling_Block(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik wil geen Roemenen in mijn buurt.")]
    [InlineData("Wij willen hier geen moskee, punt.")]
    [InlineData("Waarom zijn Joden toch altijd zo haatdragend?")]
    public void Check_GroupUnwantedOrGivenATrait_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik wil geen Turkse pizza vanavond, liever pasta.")]
    [InlineData("Vluchtelingen worden in het kamp beschermd tegen de pest en andere ziektes.")]
    [InlineData("We gaan de concurrentie kapotmaken met onze nieuwe kaart.")]
    public void Check_ThingsAndDiseasesBesideAGroup_AreNoHate(string text) => Assert.Null(Harm(text));
}
