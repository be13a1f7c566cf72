namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-sixth pass (hate22), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: an adverb of degree before
/// praise, harm wished on a group in the passive, a group told it has no business here, a group word masked or split by
/// dots, a right questioned with "waarom mogen … eigenlijk", a word of condemnation denied before an evaluation, and an
/// evaluation after a sentence naming the group that opens with a word for people that is also a vice ("luie"), a removal
/// forbidden (a right protected), and a vice denied after "echt geen".
/// </summary>
public class TwentySixthPassHate22PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Albanezen zijn ontzettend lui")]
    [InlineData("Marokkanen zijn vreselijk.")]
    [InlineData("Turken zijn verschrikkelijke mensen")]
    [InlineData("Roemenen zijn enorm onbetrouwbaar")]
    [InlineData("Die Polen zijn afschuwelijk, echt waar")]
    public void Check_IntensifiedVice_OrTheDegreeWordAlone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Eritreeërs zijn ontzettend gastvrij voor nieuwe buren")]
    [InlineData("Marokkaanse moeders zijn enorm zorgzaam")]
    [InlineData("Koerden zijn vreselijk gul met eten")]
    [InlineData("Surinaamse opa's zijn verschrikkelijk grappig")]
    [InlineData("Somaliërs zijn waanzinnig snelle lopers")]
    public void Check_DegreeWordBeforePraise_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Albanezen moeten gewoon afgeknald worden")]
    [InlineData("van mij mogen die moslims allemaal afgeschoten worden")]
    [InlineData("Al die Roma zouden kapotgeschoten moeten worden")]
    [InlineData("Homo's moeten doodgeknald worden")]
    [InlineData("Wat mij betreft worden die vluchtelingen neergeknald")]
    public void Check_HarmWishedInThePassive_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("In de oorlog werden Roma en Sinti vergast")]
    [InlineData("In 1944 werden in dat kamp veel homo's doodgeschoten")]
    [InlineData("De zieke herten in het bos zijn afgeschoten")]
    [InlineData("Het vuurwerk werd om twaalf uur afgeschoten")]
    [InlineData("Joden werden in de oorlog massaal vermoord, daar leren we over")]
    public void Check_HarmToldAsHistoryOrToThings_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Vluchtelingen hebben in ons dorp niks te zoeken")]
    [InlineData("Die Roemenen hebben hier niets te zoeken")]
    [InlineData("homo's hebben op een christelijke school niks te zoeken")]
    [InlineData("Moslims hebben in Europa helemaal niets te zoeken")]
    [InlineData("Polen hebben op onze markt niks te zoeken")]
    public void Check_NoBusinessHere_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Telefoons hebben in de gymzaal niks te zoeken")]
    [InlineData("Ik heb in die winkel niks te zoeken")]
    [InlineData("De Turkse buurvrouw zoekt een nieuwe baan")]
    [InlineData("Honden hebben op het schoolplein niets te zoeken")]
    [InlineData("Vluchtelingen zoeken een veilige plek om te wonen")]
    public void Check_NoBusinessForAThing_OrSeeking_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("t*rken zijn allemaal dieven")]
    [InlineData("ma.rokkanen zijn tuig")]
    [InlineData("alle zig*uners zijn oplichters")]
    [InlineData("p.o.l.e.n zijn zuiplappen")]
    [InlineData("die m*slims zijn gestoord")]
    public void Check_GroupMaskedOrSplitByDots_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We hebben o.a. Turkse en Poolse gerechten geproefd")]
    [InlineData("Kijk op konot.nl voor het rooster")]
    [InlineData("t*rken zijn welkom op ons feest")]
    [InlineData("De m*slims in onze wijk vieren het Suikerfeest")]
    [InlineData("Het is k*tweer vandaag")]
    public void Check_DottedOrMaskedWordsWithoutHate_AreAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Waarom mogen lesbiennes eigenlijk trouwen?")]
    [InlineData("Waarom mogen moslims überhaupt een moskee bouwen?")]
    [InlineData("waarom mogen transgenders eigenlijk meedoen aan sport")]
    [InlineData("Waarom mag een vrouw eigenlijk stemmen?")]
    [InlineData("Waarom mogen vluchtelingen nog in ons land blijven?")]
    public void Check_RightQuestionedWithDoubt_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Waarom mogen vluchtelingen eigenlijk niet werken?")]
    [InlineData("Waarom mogen moslima's eigenlijk geen hoofddoek dragen bij de rechtbank?")]
    [InlineData("Waarom mogen kinderen eigenlijk geen snoep op school?")]
    [InlineData("Waarom mogen ouders eigenlijk niet mee op schoolreis?")]
    [InlineData("Weet iemand waarom we die vluchtelingen niet mogen helpen?")]
    public void Check_RightWithheldOrNoGroupQuestioned_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Discriminatie bestaat niet, Turken zijn gewoon lui")]
    [InlineData("Het is geen racisme, Marokkanen zijn nu eenmaal crimineel")]
    [InlineData("Dit heeft niks met racisme te maken, Roma zijn gewoon dieven")]
    [InlineData("Homofobie bestaat niet, homo's zijn gewoon gestoord")]
    [InlineData("Het is geen discriminatie, vrouwen zijn nu eenmaal dommer")]
    public void Check_CondemnationDeniedBeforeAnEvaluation_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zeggen dat Turken lui zijn is gewoon racisme")]
    [InlineData("Discriminatie bestaat niet alleen in Amerika: ook hier worden Marokkanen criminelen genoemd")]
    [InlineData("Wie zegt dat Roma dieven zijn, maakt zich schuldig aan discriminatie")]
    [InlineData("Homofobie bestaat echt, homo's zijn niet gestoord")]
    [InlineData("Dat vrouwen dom zouden zijn is pure discriminatie")]
    public void Check_CondemnationStanding_IsCounterSpeech(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik heb met Polen gewerkt. Luie honden allemaal.")]
    [InlineData("Vorig jaar Bulgaren als buren gehad. Luie zuiplappen, stuk voor stuk.")]
    [InlineData("Er wonen Roemenen op de hoek. Luie profiteurs allemaal.")]
    [InlineData("Mijn zwager werkt met Marokkanen. Luie criminelen zijn het.")]
    [InlineData("ik heb naast Antillianen gewoond. luie dieven allemaal")]
    public void Check_EvaluationOpeningWithLuieAfterTheGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik heb met Polen gewerkt. Harde werkers allemaal.")]
    [InlineData("Vorig jaar Bulgaren als buren gehad. Lieve mensen, stuk voor stuk.")]
    [InlineData("Er wonen Roemenen op de hoek. Aardige lui, ze helpen ons altijd met de tuin.")]
    [InlineData("Mijn zwager werkt met Marokkanen. Hij heeft het er enorm naar zijn zin.")]
    [InlineData("ik heb naast Antillianen gewoond. wat een gezellige lui")]
    public void Check_PraiseOrPeopleAfterTheGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik vind dat asielzoekers niet mogen worden uitgezet")]
    [InlineData("Volgens mij mogen Syrische gezinnen niet zomaar worden weggestuurd")]
    [InlineData("Ik vind dat Oekraïners niet teruggestuurd mogen worden naar een oorlog")]
    [InlineData("Statushouders mogen wat mij betreft nooit worden uitgezet")]
    [InlineData("Wij vinden dat vluchtelingenkinderen niet mogen worden uitgezet")]
    public void Check_RemovalForbidden_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik vind dat asielzoekers allemaal moeten worden uitgezet")]
    [InlineData("Die Syriërs mogen niet blijven, ze moeten allemaal worden uitgezet")]
    [InlineData("Stuur die Afghanen gewoon terug")]
    [InlineData("Al die Eritreeërs moeten het land uit gezet worden")]
    [InlineData("Wat mij betreft worden alle vluchtelingen uitgezet")]
    public void Check_RemovalWanted_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Albanezen zijn echt geen dieven")]
    [InlineData("Roma zijn echt geen zakkenrollers, dat is een fabeltje")]
    [InlineData("Marokkanen zijn echt geen criminelen")]
    [InlineData("Turken zijn echt geen agressieve mensen")]
    [InlineData("Moslims zijn echt geen gevaarlijke mensen")]
    public void Check_ViceDeniedAfterEchtGeen_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Moslims zijn echt geen Nederlanders")]
    [InlineData("Turken horen echt niet bij ons")]
    [InlineData("Marokkanen zijn echt geen echte Nederlanders")]
    [InlineData("Polen horen hier echt niet thuis")]
    [InlineData("Vluchtelingen zijn echt niet welkom in ons dorp")]
    public void Check_BelongingDeniedAfterEcht_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));
}
