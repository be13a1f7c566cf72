namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-fourth pass (left30), read from the earlier held-out posts the check still let through,
/// each pattern in sentences written for this test in other words than the batches, with allowed look-alikes beside it,
/// judged by the rules alone: a person given a quality "van een" dull thing named by a compound; praise compared with a
/// dull thing or a dismal one; "een wandelend …" with a word between; nobody who sees or hears on the addressee's own route;
/// a grudge answered by a meeting without witnesses or by payback; a diminutive of vermin after an adjective of scorn; a
/// result on the body the author ensures; a person or his teeth taken off the ground after a condition; another's thing put
/// first and taken up again after the comma ("…, die staat er binnenkort niet meer").
/// </summary>
public class ThirtyFourthPassLeft30PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Mijn schoonvader heeft de humor van een verkeersbord.")]
    [InlineData("Jij hebt de uitstraling van een belastingformulier.")]
    [InlineData("Die loodgieter heeft het geheugen van een vergiet.")]
    [InlineData("De nieuwe trainer heeft de persoonlijkheid van een grijze kantoorstoel.")]
    [InlineData("Die tandarts heeft het charisma van een vloermat.")]
    public void Check_AQualityOfAPersonGivenAsThatOfADullThingByItsLastPart_Blocks(string text) =>
        Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die keuken heeft de uitstraling van een ouderwetse boerderij.")]
    [InlineData("Mijn tante heeft de stem van een engel.")]
    [InlineData("Deze kast heeft de kleur van een vloermat.")]
    [InlineData("Hij heeft het verstand van een echte vakman.")]
    public void Check_AQualityOfAThingOrOfAPersonPraised_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die huisbaas is net zo hartelijk als een bouwhek.")]
    [InlineData("Mijn schoonmoeder is ongeveer zo spontaan als een strijkplank.")]
    [InlineData("Die verkoper is zo gezellig als een saaie maandag.")]
    [InlineData("Jij bent even vriendelijk als een verkeersbord.")]
    public void Check_PraiseComparedWithADullThingOrADismalOne_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De kantine is zo koud als een vriezer.")]
    [InlineData("Mijn buurjongen is zo blij als een kind met zijn nieuwe fiets.")]
    [InlineData("De vloer was zo glad als een spiegel.")]
    public void Check_ALiteralComparison_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die penningmeester is een wandelende Excel-sheet.")]
    [InlineData("Onze huisbaas: een wandelend grijs reglement.")]
    [InlineData("Mijn zwager is een lopende checklist met een stropdas.")]
    [InlineData("Die controleur is een wandelende mopperkont.")]
    public void Check_APersonCalledAWalkingDullThing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn oom is een wandelende encyclopedie over treinen.")]
    [InlineData("Ze ging lopend de deur uit naar de bus.")]
    [InlineData("We zagen een wandelende tak in het terrarium.")]
    [InlineData("De lopende procedure bij de gemeente duurt nog een maand.")]
    public void Check_PraiseARouteAnInsectOrAProcedureStillGoingOn_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Jij loopt elke zaterdag om elf uur door het park naar de bakker. Daar hoort geen mens je.")]
    [InlineData("Jouw dochter fietst iedere avond via het fietspad langs de sloot. Daar is 's nachts helemaal niemand.")]
    [InlineData("Jullie komen altijd om tien uur via de achteringang binnen. Niemand die daar iets ziet.")]
    public void Check_NobodyThereOnTheAddresseesOwnRoute_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik loop elke zaterdag door het park. Daar hoort geen mens je, heerlijk stil.")]
    [InlineData("Jij loopt elke zaterdag door het park? Daar is het prachtig, niemand die je stoort.")]
    [InlineData("Op zondag is daar niemand, dan kun je rustig parkeren.")]
    public void Check_TheAuthorsOwnRouteOrPraiseOfAQuietPlace_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die buurman heeft mijn vrouw uitgescholden. Ik zie hem nog wel, als er niemand bij is.")]
    [InlineData("Hij heeft mijn fiets bekrast. Wij komen elkaar nog tegen, zonder getuigen.")]
    [InlineData("Jij hebt mijn zoon vernederd waar iedereen bij stond. Dat krijgt een staartje.")]
    [InlineData("Ze hebben mijn broer gepest op het werk. We komen elkaar nog wel tegen.")]
    [InlineData("Die vent heeft me uitgelachen. Hij ziet me nog wel terug, en dan op een stil plekje.")]
    public void Check_AGrudgeAnsweredByAMeetingWithoutWitnessesOrByPayback_Blocks(string text) =>
        Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Gisteren hebben we de generale repetitie zonder publiek gedaan, spannend!")]
    [InlineData("De scheidsrechter heeft mij uitgelachen, haha. We komen elkaar nog tegen op het toernooi.")]
    [InlineData("We moeten eerst zonder getuigen tekenen, zei de notaris.")]
    [InlineData("De zon komt nog wel terug, reken maar.")]
    public void Check_ARehearsalADateOrTheWeather_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die verhuurder is een armzalig luisje.")]
    [InlineData("Wat een miezerig torretje is die loodgieter.")]
    [InlineData("Die controleur is een pathetisch vliegje.")]
    public void Check_ADiminutiveOfVerminAfterAnAdjectiveOfScorn_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wat een schattig vliegje zat er op het raam.")]
    [InlineData("Er zat een luisje in het haar van mijn dochter, zielig.")]
    [InlineData("Ik vlieg morgen naar Spanje met mijn zwager.")]
    public void Check_AFondDiminutiveOrAVerb_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik zorg er wel voor dat die vent in het gips belandt.")]
    [InlineData("Ik zorg ervoor dat jij de komende weken op krukken loopt.")]
    [InlineData("Ik regel wel dat die buurman in een ziekenhuisbed terechtkomt.")]
    [InlineData("Ik zorg dat die scheidsrechter zaterdag met een brace naar huis gaat.")]
    public void Check_AResultOnTheBodyTheAuthorEnsures_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik zorg dat opa na zijn val snel op de eerste hulp is.")]
    [InlineData("Ik regel dat de juf na haar operatie krukken krijgt.")]
    [InlineData("Ik zorg ervoor dat er altijd een verbanddoos in de klas ligt.")]
    public void Check_CareArrangedForTheIllOrAKitAtHand_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Wie nog eens aan mijn scooter komt, kan zijn tanden van de stoep rapen.")]
    [InlineData("Nog één grap over mijn zus en ze kunnen je van de straat schrapen.")]
    [InlineData("Als die keeper weer zo tekeergaat, moeten ze hem van het veld dragen.")]
    [InlineData("Als hij nog eens aan mijn dochter zit, mag hij zijn tanden op de parkeerplaats gaan zoeken.")]
    public void Check_APersonOrHisTeethTakenOffTheGroundAfterACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na zijn blessure moesten ze hem van het veld dragen.")]
    [InlineData("Als het sneeuwt, moeten we de sneeuw van de stoep vegen.")]
    [InlineData("Wie zijn tanden niet poetst, krijgt gaatjes.")]
    [InlineData("Als je je sleutels kwijt bent, moet je ze zoeken.")]
    public void Check_AnInjurySnowOrAdviceOnTeeth_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die nieuwe schuur van de buurman, die staat er volgende week niet meer.")]
    [InlineData("Let maar goed op je scooter, die is er morgen misschien niet meer.")]
    [InlineData("Dat glimmende busje van die trainer, dat staat er binnenkort niet meer.")]
    public void Check_AnothersThingPutFirstThenGoneAfterTheComma_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die oude schuur van de buurman, die staat er al jaren niet meer.")]
    [InlineData("Mijn scooter, die is er morgen niet meer: ik heb hem verkocht.")]
    [InlineData("Let goed op je scooter, want morgen is er niemand meer op het plein.")]
    public void Check_AThingGoneInThePastOneOwnOrAnotherClause_IsAllowed(string text) => Assert.Null(Harm(text));
}
