namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-second pass (hate28), each pattern in five sentences written for this test in other words
/// than the batches, with five allowed look-alikes beside it, judged by the rules alone: a group told as a flood, a sweep after
/// a group is named, a vice said to go with a group, a coincidence asked of what a group always does, an identity called
/// nonsense or said not to exist, an ability lessened, a duty of removal denied (counter-speech; removal still wanted beside a
/// negated stay blocks), a condemnation denied or a dismissal turned round, and a bad thing inside a phrase after the group
/// (a neutral question about housing) told from a bad trait said of it.
/// </summary>
public class ThirtySecondPassHate28PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Heel Esveld loopt over van Marokkanen.")]
    [InlineData("Holterveen wordt overspoeld met vluchtelingen uit Afrika.")]
    [InlineData("Onze buurt stroomt vol met Roemenen, het is niet normaal meer.")]
    [InlineData("De stad liep over van moslims na die opvang.")]
    [InlineData("We worden overspoeld door Polen die hier komen werken.")]
    [InlineData("Is het niet zo dat we overspoeld worden door vluchtelingen?")]
    public void Check_AGroupToldAsAFlood_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het regenwater liep over in het speellokaal.")]
    [InlineData("De inschrijving stroomde vol met enthousiaste ouders.")]
    [InlineData("Na de oproep werden we overspoeld met kaartjes voor juf Ingrid.")]
    [InlineData("De fruitmand liep over van appels uit de schooltuin.")]
    [InlineData("Het is niet zo dat we overspoeld worden door vluchtelingen, leggen we in groep 8 uit.")]
    public void Check_WaterMailOrFruitOverflowing_OrADenial_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Somaliërs in de flat: tijd om de boel eens schoon te vegen.")]
    [InlineData("Overal Roemenen in de straat, tijd om op te ruimen.")]
    [InlineData("Al die asielzoekers hier. Wordt tijd dat de bezem erdoor gaat.")]
    [InlineData("Marokkanen op elke hoek. Opruimen die zooi.")]
    [InlineData("Eerst de Polen, toen de Bulgaren. Het wordt tijd voor een flinke opruimactie.")]
    public void Check_ASweepAfterAGroupIsNamed_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na de Marokkaanse avond was het tijd om op te ruimen.")]
    [InlineData("Het Turkse feest was geweldig; daarna samen de boel schoonvegen.")]
    [InlineData("Tijd om het lokaal op te ruimen, groep 6!")]
    [InlineData("De bezem ging door de gang na het knutselen.")]
    [InlineData("Na de Syrische kookles in groep 7 was het tijd voor de grote schoonmaak.")]
    public void Check_TidyingAfterAPartyALessonOrAnEvening_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Marokkanen en straatroof, dat hoort nu eenmaal bij elkaar.")]
    [InlineData("Drugs en Colombianen horen bij elkaar.")]
    [InlineData("Roma en stelen horen gewoon bij elkaar.")]
    [InlineData("Antillianen met messen, dat hoort bij elkaar.")]
    [InlineData("Polen en zuipen horen nu eenmaal bij elkaar.")]
    public void Check_AViceSaidToGoWithAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Turkse muziek en dans horen bij elkaar, zei de gastdocent.")]
    [InlineData("Suriname en roti horen bij elkaar in onze kookles.")]
    [InlineData("Drugs en alcohol horen niet bij een schoolfeest.")]
    [InlineData("Molukkers en Marokkanen hoorden die dag bij elkaar: één team op het plein.")]
    [InlineData("Marokkanen en messen horen niet bij elkaar, dat is een vooroordeel.")]
    public void Check_MusicAndFoodGoingTogether_OrADenial_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Toeval dat het bij elke inbraak weer Roemenen zijn?")]
    [InlineData("Is het toevallig dat het altijd moslims zijn die aanslagen plegen?")]
    [InlineData("Toevallig dat Marokkanen steeds vooraan staan bij een rel.")]
    [InlineData("Is het nou toeval dat het telkens asielzoekers zijn?")]
    [InlineData("Is het toeval dat Antillianen altijd in het nieuws komen met geweld?")]
    public void Check_ACoincidenceAskedOfWhatAGroupAlwaysDoes_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Is het toeval dat het altijd waait op de schoolreis?")]
    [InlineData("Is het toeval dat Turkse leerlingen altijd worden gediscrimineerd bij een stageplek?")]
    [InlineData("Toevallig dat onze Syrische moeders altijd zulke lekkere hapjes maken!")]
    [InlineData("Toeval dat de bus elke keer te laat is?")]
    [InlineData("Is het toevallig dat homo's steeds vaker worden gepest? Nee, daar moeten we iets aan doen.")]
    public void Check_TheWeatherOrABus_OrAGroupThatSuffers_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Genderfluïde is gewoon flauwekul.")]
    [InlineData("Transgender zijn is onzin, dat bestaat niet.")]
    [InlineData("Genderfluïde is een verzinsel van deze tijd.")]
    [InlineData("Queer is nep, dat heeft iemand verzonnen.")]
    [InlineData("Biseksueel? Dat bestaat helemaal niet.")]
    public void Check_AnIdentityCalledNonsenseOrSaidNotToExist_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Genderfluïde leerlingen vertelden in de mentorles over hun ervaringen.")]
    [InlineData("Dat transgender onzin is, is een vooroordeel, zei de voorlichter.")]
    [InlineData("De wolf uit het sprookje bestaat niet, legde juf uit in groep 3.")]
    [InlineData("Homo zijn is geen verzinsel en ook geen keuze.")]
    [InlineData("Een queer docent vertelde in groep 8 over haar leven. Dat bestaat niet alleen in de grote stad.")]
    public void Check_AnIdentityToldOf_OrADenialOfTheClaim_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Turken zijn minder intelligent dan Nederlanders.")]
    [InlineData("Vrouwen zijn gewoon minder capabel als leider.")]
    [InlineData("Die Afrikanen zijn minder beschaafd, dat zie je toch.")]
    [InlineData("Moslims zijn nu eenmaal minder eerlijk dan wij.")]
    [InlineData("Gehandicapten zijn minder normaal dan andere mensen.")]
    public void Check_AnAbilityLessenedOfAWholeGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Meisjes zijn niet minder slim in rekenen dan jongens.")]
    [InlineData("Onze Syrische leerlingen zijn minder moe sinds het nieuwe rooster.")]
    [InlineData("Vrouwen zijn minder vaak directeur dan mannen, blijkt uit onderzoek.")]
    [InlineData("Dove kinderen zijn echt niet minder intelligent.")]
    [InlineData("De Turkse les was minder druk dan vorige week.")]
    public void Check_ALesseningDenied_OrAFigure_OrTiredness_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Syriërs moeten niet blijven, weg ermee.")]
    [InlineData("Asielzoekers moeten niet blijven maar het land uit gezet worden.")]
    [InlineData("Marokkanen moeten weg, niet hier blijven.")]
    [InlineData("Vluchtelingen hoeven niet te blijven, stuur ze terug.")]
    [InlineData("Die Roemenen moeten niet langer blijven, ze moeten het land uit.")]
    public void Check_RemovalStillWantedBesideANegatedStay_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vluchtelingen moeten niet weggestuurd worden, ze horen bij ons.")]
    [InlineData("Eritreeërs hoeven niet terug, hier zijn ze veilig.")]
    [InlineData("Asielzoekers moeten niet uitgezet worden maar een kans krijgen.")]
    [InlineData("Die Afghaanse gezinnen moeten niet weggejaagd worden.")]
    [InlineData("Syriërs hoeven niet weg uit Esveld.")]
    public void Check_ADutyOfRemovalDenied_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Polen zuipen, niks racistisch aan.")]
    [InlineData("Geen sprookje hoor, moslims hebben de regering in hun zak.")]
    [InlineData("Het is niet racistisch, maar Marokkanen stelen.")]
    [InlineData("Geen fabel: joden zitten overal achter.")]
    [InlineData("Roemenen stelen. Niets discriminerend aan, gewoon de waarheid.")]
    public void Check_ACondemnationDeniedOrADismissalTurnedRound_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het is een fabel dat moslims overal achter zitten.")]
    [InlineData("Onzin dat Polen alleen maar zuipen.")]
    [InlineData("Wie zegt dat Marokkanen stelen, is gewoon racistisch.")]
    [InlineData("Het vooroordeel dat Roma stelen, bespraken we in de klas.")]
    [InlineData("Dat joden de banken besturen is een mythe.")]
    public void Check_ACondemnationOfTheClaim_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Roemenen zijn vies.")]
    [InlineData("Syriërs zijn altijd slecht.")]
    [InlineData("Polen zijn vaak slecht en lui.")]
    [InlineData("Die Eritreeërs zijn allemaal smerig.")]
    [InlineData("Turken zijn nou eenmaal slecht.")]
    public void Check_ABadTraitSaidOfTheGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Waarom wonen Roemeense arbeiders vaak in slechte huizen?")]
    [InlineData("Waarom worden Syriërs vaak in slechte opvang geplaatst?")]
    [InlineData("Waarom slapen vluchtelingen aan de grens in koude tenten?")]
    [InlineData("Waarom werken Polen zo vaak onder slechte omstandigheden?")]
    [InlineData("Hoe komt het dat Eritreeërs zo vaak in een slechte woning terechtkomen?")]
    public void Check_ABadThingInAPhraseAfterTheGroup_IsAllowed(string text) => Assert.Null(Harm(text));
}
