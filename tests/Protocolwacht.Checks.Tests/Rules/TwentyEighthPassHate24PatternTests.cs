namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-eighth pass (hate24), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: a group given a defect in
/// the head or told it is not normal what it is, idleness told by a posture and a place at the author's expense, a group
/// sent back by an order or advice, a group's houses of prayer or signs closed or banned, and a fragment of troubles after
/// the group's sentence.
/// </summary>
public class TwentyEighthPassHate24PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Hindoes hebben een stoornis in hun bovenkamer")]
    [InlineData("Koerden hebben allemaal een afwijking in de kop")]
    [InlineData("Het is gewoon niet normaal wat lesbiennes zijn")]
    [InlineData("Biseksuelen hebben een aandoening")]
    [InlineData("Homo's moeten naar een gesticht")]
    public void Check_GroupGivenADefectOfTheMind_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Sommige ouderen hebben een afwijking aan hun heup")]
    [InlineData("Veel vrouwen hebben een aandoening aan de schildklier")]
    [InlineData("Het is niet normaal hoe gastvrij die Koerden zijn in hun dorp")]
    [InlineData("De stichting helpt gezinnen met een kind met een stoornis")]
    [InlineData("De nieuwe inrichting van het lokaal is klaar")]
    public void Check_ABodysDefect_OrPraise_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Afghanen liggen de hele dag op de bank en wij betalen")]
    [InlineData("Somaliërs hangen op het plein rond van ons belastinggeld")]
    [InlineData("Die Bulgaren zitten de hele week in de kroeg terwijl wij werken")]
    [InlineData("Waarom liggen die asielzoekers de hele dag in bed terwijl wij voor hun uitkering betalen?")]
    [InlineData("Eritreeërs zitten lekker op het terras van ons geld")]
    public void Check_IdlenessByAPlaceAtOurExpense_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Gepensioneerde Polen zitten graag op een terras in de zon")]
    [InlineData("Afghaanse jongeren hangen rond op het plein omdat er geen jongerencentrum is")]
    [InlineData("De Syrische familie zit al maanden thuis te wachten op een huis")]
    [InlineData("Wij zitten de hele dag op de bank, lekker vakantie")]
    [InlineData("Onze Turkse buren liggen de hele dag in de tuin, wat een zomer")]
    public void Check_RestWithoutOurStake_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Donder op naar Eritrea, stelletje Eritreeërs")]
    [InlineData("Sodemieter toch op naar huis, jullie Bulgaren")]
    [InlineData("Ga maar terug naar je land, jullie Afghanen")]
    [InlineData("Koerden kunnen beter terugkeren naar Irak")]
    [InlineData("Die Chinezen moeten gewoon vertrekken")]
    public void Check_GroupSentBack_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Groep 6 gaat morgen weer terug naar school na de excursie")]
    [InlineData("Veel Portugezen gaan in augustus terug naar Portugal voor vakantie")]
    [InlineData("Mijn Koerdische collega wil later terug naar Irak")]
    [InlineData("Ga maar terug naar je plek, de toets begint")]
    [InlineData("De Bulgaarse gastdocenten vertrekken morgen weer; we gaan ze missen")]
    public void Check_AJourneyBackOrAClassGoingHome_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Doe al die moskeeën maar dicht")]
    [InlineData("Verbied die boerka's nu")]
    [InlineData("Weg met al die minaretten")]
    [InlineData("Die synagogen moeten gesloten worden")]
    [InlineData("Sloop al die gebedshuizen")]
    public void Check_AGroupsPlacesClosedOrBanned_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De moskee is vanwege de ramadan 's avonds langer open")]
    [InlineData("De synagoge gaat volgende maand dicht voor onderhoud")]
    [InlineData("Wie boerka's wil verbieden, vergeet dat vrijheid voor iedereen geldt")]
    [InlineData("Groep 5 gaat vrijdag op bezoek in een tempel")]
    [InlineData("Mobieltjes zijn verboden tijdens de toets")]
    public void Check_APlaceClosedForARepair_OrAVisit_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik bedoel de Albanezen. Drugs, ruzie en lawaai.")]
    [InlineData("Die Roma weer. Niks dan overlast.")]
    [InlineData("Het gaat over de Antillianen. Messen en straatroof.")]
    [InlineData("Ken je die Bulgaren? Alleen maar gezeur.")]
    [InlineData("Ik heb het over Somaliërs. Vechtpartijen en diefstal.")]
    public void Check_TroublesListedAfterTheGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik bedoel de Albanezen. Gastvrij en hartelijk.")]
    [InlineData("De Roma speelden op het feest. Prachtige muziek.")]
    [InlineData("In de klas zitten Polen, Turken en Syriërs. Een gezellige groep.")]
    [InlineData("Voorlichting over drugs voor de ouders van Marokkaanse leerlingen.")]
    [InlineData("Ik heb het over Somaliërs. Zij zijn slachtoffer van geweld en diefstal.")]
    public void Check_PraiseOrNewsAfterTheGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    // Review of issue 9 (items 1-3, 6, 8): the will of someone else, a church closing of itself, an opinion not about the
    // closing, "horen" as a duty of care, "terug" as a greeting with welcome groups after it, and a lone "maar" or "dan".
    [Theory]
    [InlineData("Ze willen me verbieden mijn hoofddoek te dragen.")]
    [InlineData("Sommige mensen willen ons verbieden een keppeltje te dragen, dat vind ik verdrietig.")]
    [InlineData("De kerk in ons dorp moet helaas sluiten.")]
    [InlineData("De moskee aan de Dorpsstraat moet volgend jaar sluiten door te weinig leden.")]
    [InlineData("Het is een verlies dat de moskee moet sluiten, vind ik.")]
    [InlineData("Statushouders horen netjes behandeld te worden.")]
    [InlineData("Vluchtelingen horen met respect behandeld te worden in onze gemeente.")]
    [InlineData("Terug naar school, Oekraïners en Syriërs zijn ook weer welkom!")]
    [InlineData("Terug van vakantie, Polen en Turken spelen weer samen op het plein.")]
    [InlineData("Deze week praten we over Syriërs. Maar drugs.")]
    [InlineData("Eerst een les over de Roma. Dan drugs.")]
    public void Check_ReviewedLookAlikes_AreAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik wil die moskeeën dicht.")]
    [InlineData("Wij willen die hoofddoeken verboden zien.")]
    [InlineData("Die moskee moet dicht.")]
    [InlineData("Die synagogen moeten gesloten worden.")]
    [InlineData("Ik vind dat moskeeën gesloten moeten worden.")]
    public void Check_TheAuthorsWillOrADutyToClose_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));
}
