namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-fifth pass (hate21), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: the evaluation misspelt
/// (and c for k), a den of villains or the place where a group lives as the group, a right denied as the author's
/// opinion, the group set after a comma at the end of a long predicate, hatred of a group named to condemn it, and a group
/// named with a quoted word by someone else.
/// </summary>
public class TwentyFifthPassHate21PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Roemenen zijn allemaal zuipres")]
    [InlineData("Albanezen zijn echt achterlijjk")]
    [InlineData("Marokkanen zijn altijd agresief")]
    [InlineData("Vrouwen zijn zo onbetrouwbar")]
    [InlineData("die polen zijn allemaal kriminelen")]
    public void Check_EvaluationMisspelt_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik vind niet dat Roemenen zuipres zijn")]
    [InlineData("Albanezen zijn helemaal niet agresief")]
    [InlineData("De moslims hebben geld gestort voor de nieuwe moskee")]
    [InlineData("Surinamers zijn dol op roti en bakkeljauw")]
    [InlineData("Marokkanen vieren het Suikerfeest met hun familie")]
    public void Check_EvaluationMisspeltDenied_OrAWord_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die moslims zijn een boevennest")]
    [InlineData("Dat hele Roemenenkamp is een dievennest")]
    [InlineData("het Marokkanenbuurtje is één groot boevenhol")]
    [InlineData("Die vluchtelingenopvang is één grote boevenbende")]
    [InlineData("Die moslimwijk is een criminelennest")]
    public void Check_DenOrDwellingOfAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De vluchtelingenopvang zoekt nog vrijwilligers")]
    [InlineData("In het asielzoekerscentrum wordt zaterdag gevoetbald")]
    [InlineData("De politie rolde een dievenbende op in de Marokkanenwijk")]
    [InlineData("Het vossenhol ligt achter het schoolplein")]
    [InlineData("De vluchtelingenkampen in Griekenland zijn overvol")]
    public void Check_DwellingNamedWithoutVice_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik vind dat moslims niet mogen trouwen")]
    [InlineData("Volgens mij mogen homo's geen kinderen adopteren")]
    [InlineData("Wat mij betreft mogen vluchtelingen hier niet wonen")]
    [InlineData("Wij vinden dat transgenders niet mogen sporten bij vrouwen")]
    [InlineData("Ik vind dat ouderen geen rijbewijs mogen hebben")]
    public void Check_RightDeniedAsOpinion_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik vind dat vluchtelingen niet mogen worden gediscrimineerd")]
    [InlineData("Moslims mogen tijdens de ramadan overdag niet eten")]
    [InlineData("Ik vind niet dat vrouwen geen leiding mogen geven")]
    [InlineData("Vind jij dat vrouwen niet mogen stemmen?")]
    [InlineData("Tot 1919 mochten vrouwen niet stemmen")]
    public void Check_RightDeniedAsFactProtectionOrQuestion_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("gevaarlijk op de weg zijn ze echt, die ouderen")]
    [InlineData("ziek in hun hoofd zijn ze, die Albanezen")]
    [InlineData("achterlijk in hun denken zijn ze, die christenen")]
    [InlineData("agressief tegen iedereen zijn ze altijd, die Turken")]
    [InlineData("onbetrouwbaar in alles wat ze doen zijn ze, die Roemenen")]
    public void Check_GroupAfterALongPredicate_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("heel behulpzaam voor de buren zijn ze, die Syriërs")]
    [InlineData("erg gezellig in de kantine zijn ze, die Turkse collega's")]
    [InlineData("gevaarlijk op de weg zijn ze, die gladde bladeren")]
    [InlineData("altijd vrolijk op het werk zijn ze, die Roemenen")]
    [InlineData("smerig en koud zijn ze, die kleedkamers van de gymzaal")]
    public void Check_KindPredicateOrNoGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Zeggen dat transgenders gestoord zijn is transfobie")]
    [InlineData("Wie zegt dat homo's ziek zijn, is homofoob")]
    [InlineData("'Joden zijn gierig' is gewoon antisemitisme")]
    [InlineData("Stop met roepen dat vrouwen dom zijn, dat is seksisme")]
    [InlineData("Dit is pure islamofobie: 'moslims zijn terroristen'")]
    public void Check_HatredNamedToCondemnIt_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("transgenders zijn gestoord, zo is het")]
    [InlineData("homo's zijn ziek, zeg ik")]
    [InlineData("Joden zijn gierig, altijd al geweest")]
    [InlineData("vrouwen zijn dom, dat is gewoon zo")]
    [InlineData("moslims zijn terroristen, punt")]
    public void Check_TheSameHateWithoutACondemnation_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Man aangehouden die Marokkanen 'tuig' noemde in een filmpje")]
    [InlineData("In het nieuws: voetballer opgepakt die Turken 'ratten' noemde")]
    [InlineData("Supporters die Polen 'parasieten' noemden, moeten voor de rechter komen")]
    [InlineData("Een raadslid dat moslims 'ongedierte' noemde, is uit de partij gezet")]
    [InlineData("De man die vluchtelingen 'kakkerlakken' had genoemd, moet een taakstraf doen")]
    public void Check_GroupNamedInQuotesBySomeoneElse_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Moslims zijn 'ongedierte', zoals ik al zei")]
    [InlineData("vluchtelingen zijn kakkerlakken, noem ze maar zo")]
    [InlineData("Marokkanen zijn tuig, dat noem ik gewoon eerlijk")]
    [InlineData("Turken zijn ratten, noem het zoals je wilt")]
    [InlineData("Polen zijn parasieten en zo noem ik ze ook")]
    public void Check_GroupNamedByTheAuthor_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));
}
