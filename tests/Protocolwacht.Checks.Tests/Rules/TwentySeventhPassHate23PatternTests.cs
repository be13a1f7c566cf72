namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-seventh pass (hate23), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: a group told where it
/// belongs elsewhere, humanity denied by worth, count or a word for a human, a group called a disease or told to be
/// cured, a group called idle at the author's expense, an insult noun denied (and the plain insult still blocking), and
/// a group's own wish to go back.
/// </summary>
public class TwentySeventhPassHate23PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Koerden horen thuis in hun eigen land en nergens anders")]
    [InlineData("Eritreeërs horen in Eritrea, niet in onze wijk")]
    [InlineData("Ik denk dat Algerijnen in Algerije horen, niet hier")]
    [InlineData("Wat mij betreft horen Roma gewoon niet in Nederland")]
    [InlineData("Chinezen horen naar hun eigen land")]
    public void Check_GroupToldItBelongsElsewhere_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Onze hockeyclub hoort gewoon in de hoofdklasse")]
    [InlineData("De Belgen horen bij de beste landen van Europa")]
    [InlineData("Die schoenen horen in de gang, niet in het lokaal")]
    [InlineData("Marokkaanse moeders horen ook thuis in de ouderraad")]
    [InlineData("Iraniërs horen er gewoon bij in onze stad")]
    public void Check_WhereATeamOrAThingBelongs_OrAGroupBelongingHere_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Albanezen zijn minder waard dan wij")]
    [InlineData("Vrouwen tellen in de politiek niet mee")]
    [InlineData("Surinamers zijn niets meer waard")]
    [InlineData("Joden zijn geen volwaardige burgers")]
    [InlineData("Gehandicapten zijn geen echte personen")]
    public void Check_HumanityDeniedByWorthOrCount_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Gehandicapten zijn niet minder waard dan anderen")]
    [InlineData("Iedere stem telt mee, ook die van ouderen")]
    [InlineData("Vluchtelingen zijn volwaardige burgers van deze stad")]
    [InlineData("Een Turkse auto is minder waard na vijf jaar")]
    [InlineData("Ook oudere collega's tellen volop mee")]
    public void Check_WorthAffirmedOrSaidOfAThing_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Homo's zijn een afwijking van de natuur")]
    [InlineData("Lesbiennes zijn een ziekte in onze samenleving")]
    [InlineData("Transgenders moeten behandeld worden")]
    [InlineData("Moslims zouden genezen moeten worden")]
    [InlineData("Biseksuelen moeten in therapie")]
    public void Check_GroupCalledADiseaseOrToldToBeCured_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Veel ouderen moeten behandeld worden tegen longontsteking")]
    [InlineData("Homoseksualiteit is geen afwijking")]
    [InlineData("Vroeger moesten homo's genezen worden, nu weten we beter")]
    [InlineData("Ouderen zijn vaak het slachtoffer van een infectie")]
    [InlineData("Transgenders zijn geen ziekte, zeggen de artsen")]
    public void Check_TreatmentOfAnIllness_OrADiseaseDenied_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Waarom betalen wij voor al die Bulgaren die nooit werken?")]
    [InlineData("Wij draaien op voor Antillianen die niks uitvoeren")]
    [InlineData("Waarom moet de belastingbetaler opdraaien voor Roma die de hele dag lanterfanten?")]
    [InlineData("Wie betaalt dat? Wij, voor al die Afghanen die niets doen.")]
    [InlineData("Waarom werken wij ons kapot terwijl die Syriërs niksen?")]
    [InlineData("Wij hoesten op voor al die Somaliërs die hier niks doen.")]
    public void Check_GroupCalledIdleAtOurExpense_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Betalen Eritreeërs ook belasting? Ja, als ze werken.")]
    [InlineData("Waarom betalen wij voor de opvang van vluchtelingen? Omdat het moet.")]
    [InlineData("Wij betalen mee aan de taalles voor Syriërs die hier net wonen.")]
    [InlineData("Polen die niks doen zijn er bijna niet, zegt het onderzoek.")]
    [InlineData("Wij werken samen met Turkse ouders die veel doen voor de school.")]
    public void Check_PayingWithoutIdleness_OrIdlenessWithoutUs_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Koerden zijn uitvreters")]
    [InlineData("Die conciërge is een zeurpiet")]
    [InlineData("Hij is een luiwammes")]
    [InlineData("Doe niet zo'n zeurpiet")]
    [InlineData("Je bent niet alleen lui maar ook een klaploper")]
    public void Check_InsultNounSaid_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Koerden zijn beslist geen uitvreters")]
    [InlineData("Die conciërge is echt geen zeurpiet")]
    [InlineData("Roemenen zijn helemaal niet allemaal zakkenrollers")]
    [InlineData("Vrouwen zijn geen klaplopers")]
    [InlineData("Hij is geen luiwammes, hij is gewoon moe")]
    public void Check_InsultNounDenied_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Syriërs moeten terug naar hun land")]
    [InlineData("Afghanen moeten terug naar Afghanistan")]
    [InlineData("Al die Polen moeten hier weg")]
    [InlineData("Stuur die Somaliërs terug")]
    [InlineData("Die Roemenen moeten oprotten naar hun eigen land")]
    public void Check_GroupToldToGoBack_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Veel Syriërs willen terug naar hun land")]
    [InlineData("Polen wilden terug naar huis na de zomer")]
    [InlineData("Afghanen willen terug naar Afghanistan als het veilig is")]
    [InlineData("Oekraïense moeders willen terug naar hun stad")]
    [InlineData("Veel Eritreeërs wilden terug naar hun familie")]
    public void Check_GroupsOwnWishToGoBack_IsAllowed(string text) => Assert.Null(Harm(text));
}
