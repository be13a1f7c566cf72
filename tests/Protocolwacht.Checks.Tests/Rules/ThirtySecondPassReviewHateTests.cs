namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The review of stop 51's group hate and threat passes (findings 1–4 and 10), judged by the rules alone: for each finding
/// the reviewer's sentences and two of ours in other words that must get the right verdict, and two sentences the original
/// pass was written for that keep theirs. A disclaimer "het is niet zo dat …, maar" asserts what follows; speech against a
/// group's enemies ("geweld tegen moslims is racisme") condemns; a rhetorical "waarom moeten ze niet gewoon …" asks for a
/// removal; a match won from one's own child is no windfall; a group at a feast, thanked or helping is no flood, sweep or
/// insinuation, and "bij elkaar" needs "horen" or "passen".
/// </summary>
public class ThirtySecondPassReviewHateTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    // Finding 1: "het is niet zo dat … maar" is a disclaimer, not counter-speech.
    [Theory]
    [InlineData("Het is niet zo dat ik iets tegen ze heb, maar Polen zijn gewoon dieven.")]
    [InlineData("Het is niet zo dat we overspoeld worden door Syriërs, maar ze zijn echt allemaal profiteurs.")]
    [InlineData("Het is niet zo dat ik racistisch ben, maar Roemenen zijn allemaal zakkenrollers.")]
    [InlineData("Het is niet zo dat ik ze haat, toch zijn Somaliërs echt parasieten.")]
    public void Check_ADisclaimerBeforeTheClaim_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het is niet zo dat we overspoeld worden door vluchtelingen, leggen we in groep 8 uit.")]
    [InlineData("Het is een fabel dat moslims overal achter zitten.")]
    public void Check_TheClaimDeniedToTheEndOfItsClause_IsAllowed(string text) => Assert.Null(Harm(text));

    // Finding 2: the group after a preposition is the object of what is condemned.
    [Theory]
    [InlineData("Geweld tegen moslims is racisme, daar zijn we als school heel duidelijk over.")]
    [InlineData("Grappen over joden zijn antisemitisch. Vandaag spraken we erover in groep 8.")]
    [InlineData("Haat tegen vluchtelingen is racisme, dat zeggen we hardop.")]
    [InlineData("Schelden op homo's is discriminatie, zo leren we het in de klas.")]
    public void Check_SpeechAgainstAGroupCondemned_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Genderfluïde is gewoon flauwekul.")]
    [InlineData("Transgender zijn is onzin, dat bestaat niet.")]
    public void Check_AVerdictSaidOfTheGroup_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    // Finding 3: a rhetorical question asks for the removal.
    [Theory]
    [InlineData("Waarom moeten al die asielzoekers niet gewoon uitgezet worden?")]
    [InlineData("Moeten die Syriërs niet eens uitgezet worden?")]
    [InlineData("Waarom moeten die Afghanen niet allemaal het land uit gezet worden?")]
    public void Check_ARhetoricalDutyOfRemoval_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vluchtelingen moeten niet weggestuurd worden, ze horen bij ons.")]
    [InlineData("Die Afghaanse gezinnen moeten niet weggejaagd worden.")]
    public void Check_ADutyOfRemovalDenied_StaysAllowed(string text) => Assert.Null(Harm(text));

    // Finding 4: a win from someone or a cup handed out is no windfall.
    [Theory]
    [InlineData("Als hij de wedstrijd wint van mijn zoon, weet hij niet wat hem overkomt.")]
    [InlineData("Als die scheidsrechter straks de beker uitreikt aan de verkeerde ploeg, weet hij niet wat hem overkomt.")]
    [InlineData("Als die trainer nog één keer wint van onze jongens, weet hij niet wat hem overkomt.")]
    [InlineData("Als hij de hoofdprijs wegkaapt van mijn dochter, weet hij niet wat hem overkomt.")]
    public void Check_ASurpriseForAnOpponent_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als onze meester straks de prijs wint, weet hij niet wat hem overkomt.")]
    [InlineData("Als mijn buurvrouw de loterij wint, weet ze niet wat haar overkomt.")]
    public void Check_APrizeThePersonReceives_StaysAllowed(string text) => Assert.Null(Harm(text));

    // Finding 10: a group at a feast, thanked or helping; "bij elkaar" without "horen" or "passen".
    [Theory]
    [InlineData("De sporthal liep vol met Oekraïense families voor de kerstviering. Wat mooi!")]
    [InlineData("We werden overspoeld door Oekraïense kinderen die mee wilden doen met de Koningsspelen!")]
    [InlineData("Na de iftar met onze islamitische families was het tijd om op te ruimen.")]
    [InlineData("Na een ruzie met Poolse jongens zijn we bij elkaar gaan zitten om het uit te praten.")]
    [InlineData("Is het toeval dat het altijd de Turkse moeders zijn die als eerste helpen bij het schoolfeest? Dank jullie wel!")]
    [InlineData("Het schoolplein stroomde vol met Syrische gezinnen voor het suikerfeest.")]
    [InlineData("Na het ontbijt met de Marokkaanse vaders was het tijd om de boel op te ruimen.")]
    [InlineData("Na een vechtpartij met Turkse jongens kwamen de mentoren bij elkaar voor een gesprek.")]
    [InlineData("Toevallig dat het steeds de Poolse ouders zijn die ons helpen met de tuin. Bedankt!")]
    public void Check_AGroupAtAFeastThankedOrHelping_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Heel Esveld loopt over van Marokkanen.")]
    [InlineData("Die Somaliërs in de flat: tijd om de boel eens schoon te vegen.")]
    [InlineData("Drugs en Colombianen horen bij elkaar.")]
    [InlineData("Is het toeval dat het altijd moslims zijn die aanslagen plegen?")]
    public void Check_AFloodASweepAViceOrACoincidence_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));
}
