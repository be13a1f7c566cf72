namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's tenth pass (hate), each with a contrast, in sentences written for this test (not
/// taken from a corpus), judged by the rules alone: a hex code (ticket, colour, commit) is not leetspeak unless it
/// spells a class word exactly (each '1' read as i or l); a disease curse in a list of other diseases is the disease; a group called a
/// burden ("ballast", "molensteen"); a group's nature fixed ("X blijft X", "eens een X, altijd een X"); a group's
/// right questioned ("waarom zouden X … mogen", "sinds wanneer mogen X"); and what must pass beside them.
/// </summary>
public class TenthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    private static Severity? Profanity(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.Profanity);

    // Before the change each of these codes was read as leetspeak and then as an insult or a group slur through the
    // misspelling path ("7ad7a5" and "eeda50" as hate, "7eee7a50" as an insult).
    [Theory]
    [InlineData("Wat een mooie sportdag vandaag op De Regenboog! (7ad7a5)")]
    [InlineData("Groep 5 heeft vandaag de kinderboerderij bezocht. (7eee7a50)")]
    [InlineData("De printer doet het weer, melding eeda50 is gesloten.")]
    [InlineData("Nieuwe kleur voor de koppen van de nieuwsbrief: #74a7ae.")]
    [InlineData("Storingsnummer b5ca50 staat in de mail van de helpdesk.")]
    public void Check_HexCodeReadAsLeetspeak_IsNoHate(string text) => Assert.Null(Harm(text));

    // A code that spells a class word exactly ("d3b1e1" is "debiel") is no word right after '#': a colour or reference.
    [Theory]
    [InlineData("De achtergrond van de nieuwe website wordt #d3b1e1, met witte letters.")]
    [InlineData("Zie issue #d3b1e1 in het ontwikkelbord van de roosterapp.")]
    [InlineData("Kies voor de poster de kleur #d3b1e1 of #ffffff.")]
    public void Check_HexCodeAfterHash_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Wat een d3b1e1 is die nieuwe conciërge.")]
    [InlineData("Die nieuwe buren zijn echt 1d10t3n.")]
    [InlineData("Onze teamleider is een k4nk3rlijer.")]
    public void Check_WordSpelledWithDigits_StillBlocks(string text) =>
        Assert.True(Harm(text) == Severity.Block || Profanity(text) == Severity.Block, text);

    [Theory]
    [InlineData("In de bibliotheek een boek over de geschiedenis van pest, tyfus en cholera gevonden.")]
    [InlineData("De GGD vaccineert volgende week tegen hepatitis, tyfus en polio voor wie naar Azië reist.")]
    [InlineData("Mijn oom werkte jaren in Afrika als arts tegen malaria en tering.")]
    public void Check_DiseaseCurseInAListOfDiseases_IsNoProfanity(string text) => Assert.Null(Profanity(text));

    [Theory]
    [InlineData("Krijg de tyfus met je grapjes, Henk.")]
    [InlineData("Tering, wat een kou vandaag.")]
    [InlineData("Die tyfuslijer heeft mijn fiets weer omgegooid.")]
    public void Check_DiseaseCurseWithoutOtherDiseases_StaysProfanity(string text) => Assert.Equal(Severity.Block, Profanity(text));

    [Theory]
    [InlineData("Die asielzoekers zijn ballast voor het hele dorp.")]
    [InlineData("Moslims zijn een molensteen voor dit land.")]
    [InlineData("Al die Syriërs zijn pure ballast voor de jongeren van nu.")]
    public void Check_GroupCalledABurden_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We gooien de ballast uit de zeilboot voordat we de haven in varen.")]
    [InlineData("De oude molensteen staat nu in de tuin van het museum.")]
    [InlineData("Asielzoekers zijn geen ballast, ze zijn buren.")]
    public void Check_BurdenWordWithoutAGroupOrNegated_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Een Turk blijft een Turk, wat hij ook doet.")]
    [InlineData("Joden blijven joden, ook na drie generaties hier.")]
    [InlineData("Eens een vluchteling, altijd een vluchteling.")]
    public void Check_GroupNatureFixed_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een Turk blijft een Turk in hart en nieren: gastvrij en warm.")]
    [InlineData("Een Turkse vriend blijft trouw, ook als het tegenzit.")]
    [InlineData("Vluchtelingen blijven welkom in onze gemeente.")]
    public void Check_GroupNaturePraisedOrOtherVerb_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Waarom zouden homo's eigenlijk mogen trouwen?")]
    [InlineData("Sinds wanneer mogen asielzoekers hier gratis met de bus?")]
    [InlineData("Waarom zouden vrouwen mogen stemmen, vraag ik me af.")]
    public void Check_GroupsRightQuestioned_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Waarom zouden vluchtelingen niet mogen werken? Ze willen het zelf graag.")]
    [InlineData("Waarom zouden we niet mogen verlengen met de excursie?")]
    [InlineData("Sinds wanneer mag je hier niet meer parkeren?")]
    public void Check_RightWithheldOrNoGroup_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Polen stelen niet altijd, maar het zit wel in hun bloed.")]
    [InlineData("Die Antillianen zijn agressief, het zit gewoon in hun genen.")]
    [InlineData("Koerden veranderen nooit, hoe lang ze hier ook wonen.")]
    public void Check_GroupTraitCalledInborn_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Muziek zit in hun bloed: de Surinaamse band speelde de hele avond prachtig.")]
    [InlineData("Bij de donorbank kun je bloed geven, ook als je Marokkaans bent.")]
    [InlineData("Het weer verandert nooit zo snel als in april.")]
    public void Check_InbornPraiseOrNoGroup_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Asielzoekers hoeven geen woning, een container is al te goed voor ze.")]
    [InlineData("Een bed in de opvang is nog te goed voor die Eritreeërs.")]
    [InlineData("Voor die Roma is een caravan al te goed.")]
    public void Check_GroupsNeedDenied_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Niets is te goed voor onze Oekraïense gasten, zegt de burgemeester.")]
    [InlineData("Die jas is te goed voor het werk in de tuin.")]
    [InlineData("Deze taart is te goed voor één persoon, kom je ook?")]
    public void Check_TooGoodForWithoutAGroupOrNegated_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Op 27 januari herdenken we de joden die in de kampen zijn vermoord.")]
    [InlineData("We denken aan de Armeniërs die in 1915 werden gedood.")]
    [InlineData("Wij gedenken vandaag de homo's die in de oorlog zijn vervolgd en gedood.")]
    public void Check_HarmDoneToAGroupInThePast_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik wil dat die moslims allemaal worden vermoord.")]
    [InlineData("Ik ben blij dat die zigeuners zijn vermoord.")]
    [InlineData("Wij gaan die Polen afmaken als ze terugkomen.")]
    public void Check_HarmWantedOrCelebrated_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Onze afdelingsleider is een complete sukkel.")]
    [InlineData("Die groepsleider van de scouting 🐷🐷")]
    [InlineData("Ik sla die clubleider op zijn bek als hij mijn zoon weer op de bank zet.")]
    public void Check_LeaderByTheLastPartOfACompound_IsATarget(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Onze afdelingsleider heeft een prachtig rooster gemaakt.")]
    [InlineData("De groepsleider van de scouting bakte pannenkoeken 🥞")]
    [InlineData("De partijleider sprak gisteren over onderwijs.")]
    public void Check_LeaderMentionedNeutrally_IsNoHarm(string text) => Assert.Null(Harm(text));
}
