namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-third pass (hate29), each pattern in sentences written for this test in other words than
/// the batches, with allowed look-alikes beside it, judged by the rules alone: a group shut out of a role around children as a
/// norm, a group's complaints dismissed, money and power held by a group as a conspiracy, a group sent back to a chore or the
/// kitchen, a vice running in a group's family and the insinuating question why it is always a group that does wrong.
/// </summary>
public class ThirtyThirdPassHate29PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Hindoes moeten niet voor een groep staan op een basisschool.")]
    [InlineData("Lesbiennes horen echt niet in de kinderopvang.")]
    [InlineData("Wat mij betreft mogen Eritreeërs nooit les geven.")]
    [InlineData("Mensen met een handicap zou je nooit met kleuters moeten laten werken.")]
    [InlineData("Surinamers mogen geen leerkracht worden, vind ik.")]
    [InlineData("Over homoseksuelen ben ik duidelijk: die horen niet in het onderwijs.")]
    public void Check_AGroupShutOutOfARoleAroundChildren_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een Turkse vrouw als meester? Echt niet.")]
    [InlineData("Een dove man als leraar? Nee hoor.")]
    public void Check_AGroupInARoleRefusedByAScornfulAnswer_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Invallers mogen nog niet zonder begeleiding voor de klas.")]
    [InlineData("Collega's met koorts moeten echt niet in de klas staan.")]
    [InlineData("Tot 1957 mochten getrouwde vrouwen geen les geven op een openbare school.")]
    [InlineData("Wie zegt dat moslims geen les mogen geven, discrimineert gewoon.")]
    [InlineData("Syrische docenten mogen nog geen les geven zolang hun diploma niet erkend is.")]
    [InlineData("Een Turkse vrouw als meester? Echt niet erg, juist leuk.")]
    [InlineData("Moslims mogen tijdens de ramadan overdag niet eten op school.")]
    [InlineData("Joodse kinderen mogen op sabbat geen les volgen.")]
    public void Check_ARuleForTraineesOrTheIll_HistoryOrACondemnedClaim_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Asielzoekers moeten niet zo mekkeren over hun eten.")]
    [InlineData("Die Marokkanen moeten eens ophouden met jammeren over hun huizen.")]
    [InlineData("Polen moeten gewoon blij zijn dat ze hier mogen werken.")]
    [InlineData("Gehandicapten hebben echt niks te klagen in dit land.")]
    [InlineData("Transgenders moeten niet zeuren over die wc's.")]
    public void Check_AGroupsComplaintsDismissed_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn broertje moet niet zo zeuren over zijn jas.")]
    [InlineData("Ik moet niet zo mopperen, de bus was maar tien minuten te laat.")]
    [InlineData("Turkse buren hoeven niet bang te zijn om te klagen als er iets misgaat.")]
    [InlineData("We hebben niks te klagen over de zomer.")]
    [InlineData("De Syrische moeders zijn dankbaar voor de taalles.")]
    public void Check_ThoseWhoMayNotWhineAreNoGroup_OrTheGroupIsEncouraged_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("De joden hebben alle centen in handen.")]
    [InlineData("Moslims zitten gewoon op het geld in dit land.")]
    [InlineData("Indiërs beheren al het geld van de grote bedrijven.")]
    [InlineData("Chinezen trekken aan de touwtjes in de economie.")]
    [InlineData("Vrouwen hebben alle macht op school, wakker worden.")]
    public void Check_MoneyOrPowerHeldByAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De kascommissie heeft het geld in handen tot de kerstmarkt.")]
    [InlineData("Opa zit op zijn centen, zeggen de kleinkinderen lachend.")]
    [InlineData("Vrouwen hebben vaker minder geld voor hun pensioen.")]
    [InlineData("In de geschiedenisles over 1600 zagen we hoe joodse kooplieden geld in handen kregen van de stad.")]
    [InlineData("De juf trekt aan de touwtjes van de marionet.")]
    public void Check_ABankATreasurerAStatisticOrHistory_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Vrouwen als piloot? Laat ze maar afwassen.")]
    [InlineData("Laat die Roemenen maar lekker de gangen dweilen.")]
    [InlineData("Moslima's en een studie, ga maar poetsen.")]
    [InlineData("Vrouwen horen gewoon achter het fornuis.")]
    [InlineData("Meisjes horen achter het aanrecht, niet op de universiteit.")]
    public void Check_AGroupSentBackToAChore_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mark en Noor helpen mee, laat ze maar koffie zetten voor de gasten.")]
    [InlineData("De opa's zetten koffie bij de kerstviering.")]
    [InlineData("Na de pyjamadag gaan we maar poetsen in het lokaal.")]
    [InlineData("Vrouwen als piloot? Jazeker, onze juf vloog vroeger zelf.")]
    [InlineData("Laat de kinderen maar lekker schilderen op het schoolplein.")]
    public void Check_HelpersOrPupilsAtAChore_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Oplichten zit bij die Nigerianen in het bloed.")]
    [InlineData("Geweld zit bij Albanezen in hun genen.")]
    [InlineData("Waarom zijn het toch altijd Marokkanen die overlast geven?")]
    [InlineData("Hoe kan het dat het steeds weer Polen zijn die dronken rijden en liegen?")]
    public void Check_AViceInAGroupsFamilyOrAnInsinuatingQuestion_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zingen zit bij ons in de familie.")]
    [InlineData("Muziek zit bij de familie Bakker in het bloed.")]
    [InlineData("Waarom zijn het toch altijd moslims die gediscrimineerd worden?")]
    [InlineData("Waarom zijn het altijd de kinderen van groep 3 die het eerst klaar zijn?")]
    public void Check_ATalentOrAVictimAskedAbout_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik wil niet discrimineren, maar Roma stelen.")]
    [InlineData("Ik wil echt niet discrimineren hoor, maar Albanezen liegen altijd.")]
    [InlineData("Wij willen niet discrimineren, maar Antillianen zijn gewoon tuig.")]
    public void Check_AViceAfterTheAuthorsDeniedWillToDiscriminate_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We moeten niet discrimineren: Roma stelen niet meer dan anderen.")]
    [InlineData("Ik wil niet discrimineren, daarom lezen we in groep 5 verhalen uit Marokko.")]
    [InlineData("Wie zegt dat Roma stelen, discrimineert.")]
    public void Check_ANormAgainstDiscriminationOrACondemnation_IsAllowed(string text) => Assert.Null(Harm(text));
}
