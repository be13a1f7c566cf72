namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-third pass (rules29), each pattern in sentences written for this test in other words
/// than the batches, with allowed look-alikes beside it, judged by the rules alone: a threat told as the body part someone
/// will be without ("naar huis zonder tanden", "geen knieën meer"), body parts to be counted after a near time, a dull
/// thing a personality is compared to, a curse disguised with a digit or '@' for another vowel than its look-alike
/// ("tyf0s", "k@t"), and people pulled or torn apart by the author. The look-alikes share the words and lack only the
/// person, the condition, the curse reading or the violence, so they show the lines are not too broad.
/// </summary>
public class ThirtyThirdPassRules29PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    private static Severity? Profanity(string text) => TestChecker.PersonalByRules(text, "bas.meijer").SeverityOf(Categories.Profanity);

    [Theory]
    [InlineData("Als die kerel nog eens aan mijn schuur komt, wandelt hij straks zonder kiezen naar huis.")]
    [InlineData("Nog één zo'n appje van die man en hij loopt morgen rond zonder voortanden.")]
    [InlineData("Wie mijn zus nog een keer uitscheldt, gaat naar huis zonder tanden.")]
    [InlineData("Als die trainer mijn zoon weer op de bank zet, rijdt hij volgende week naar huis zonder gebit.")]
    [InlineData("Als die buurvrouw zo doorgaat, kan ze straks verder zonder haar snijtanden.")]
    public void Check_SomeoneWithoutTeethAfterACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Onze jongste kwam vandaag zonder voortanden naar huis, de tandenfee komt vanavond.")]
    [InlineData("Na de tandarts ging mijn zoon zonder zijn losse kies naar huis, trots als een pauw.")]
    [InlineData("Mijn oma loopt al jaren rond zonder kiezen en eet gewoon alles.")]
    [InlineData("Na de val van zijn fiets kwam mijn neefje zonder voortand naar huis.")]
    [InlineData("Ga morgen gerust zonder jas naar huis, het wordt twintig graden.")]
    public void Check_WithoutTeethAsCareOrNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die vent nog eens aan mijn auto komt, heeft hij straks geen knieën meer.")]
    [InlineData("Nog één keer zo'n opmerking van die vader en hij heeft morgen geen tanden meer.")]
    [InlineData("Wie mijn dochter nog eens lastigvalt, heeft volgende week geen vingers meer.")]
    [InlineData("Als die scheidsrechter zo doorfluit, heeft hij straks geen ribben meer over.")]
    public void Check_NoBodyPartLeftAfterACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn opa heeft geen tanden meer en eet graag pap.")]
    [InlineData("Als hij zoveel snoep eet, heeft hij straks geen tanden meer.")]
    [InlineData("Na de operatie heeft hij gelukkig geen pijn meer in zijn knieën.")]
    [InlineData("Als de kleuters buiten spelen, voelen ze straks hun vingers niet meer van de kou.")]
    public void Check_NoBodyPartLeftAsCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Zeg tegen die gozer dat hij straks zijn tanden kan tellen.")]
    [InlineData("Die oplichter mag morgen zijn botten gaan tellen.")]
    [InlineData("Zodra die kerel weer voor mijn deur staat, kan hij zijn ribben tellen.")]
    public void Check_BodyPartsCountedAfterANearTime_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn dochter kan morgen op de toets haar vingers gebruiken om te tellen.")]
    [InlineData("Straks gaan we in het museum de botten van een walvis tellen.")]
    [InlineData("De kleuters tellen vanavond hoeveel melktanden ze al kwijt zijn.")]
    public void Check_CountingAsPlay_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die nieuwe directeur heeft de persoonlijkheid van een lege doos.")]
    [InlineData("Die presentator heeft de humor van een slap theezakje.")]
    [InlineData("Die buurman is ongeveer zo slim als een deurpost.")]
    [InlineData("Die wethouder heeft het charisma van een droge rijstwafel.")]
    public void Check_PersonComparedToADullThing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Deze tosti heeft de smaak van een oude doos, het brood was oud.")]
    [InlineData("Recept: beschuit met aardbeien en een tosti met kaas voor de lunch.")]
    [InlineData("Die zanger heeft het charisma van een echte ster.")]
    [InlineData("Zet de doos met theezakjes maar op de vensterbank.")]
    public void Check_DullThingsWithoutAPerson_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Wat een tyf0sdag, alles ging mis.")]
    [InlineData("Die k@tfiets van mij staat weer met een lekke band.")]
    [InlineData("Kr1jg de t3r1ng van die printer.")]
    [InlineData("Wat een k@nkerherrie van die bouwplaats.")]
    [InlineData("Pl0ur1s, mijn trein is weer weg.")]
    public void Check_CurseWithADigitOrSymbolForAVowel_IsProfanity(string text) => Assert.Equal(Severity.Block, Profanity(text));

    [Theory]
    [InlineData("Leg de vellen A3-papier naast de K4-kast in het lokaal.")]
    [InlineData("Zet de B4-kast maar naast het A4-bureau.")]
    [InlineData("De kippen zitten in het k0t achter de schuur.")]
    [InlineData("Ons huis staat op nummer 4, naast de school van groep 3.")]
    [InlineData("Het boek over Alan Turing en de tering in de negentiende eeuw ligt in de bibliotheek.")]
    [InlineData("Mail het verslag naar info@katwijk.nl en covid-19 staat in hoofdstuk 3.")]
    public void Check_CodesNamesAndWordsWithDigits_IsNoProfanity(string text) => Assert.Null(Profanity(text));

    [Theory]
    [InlineData("Zo'n stel vandalen, als ze nog eens aan mijn auto komen trek ik ze uit elkaar.")]
    [InlineData("Die onruststokers uit de straat scheur ik nog eens uit elkaar.")]
    [InlineData("Als dat clubje pestkoppen mijn zoon weer lastigvalt, rukken we ze uit elkaar.")]
    [InlineData("Ik trek die raddraaiers met mijn blote handen uit elkaar.")]
    public void Check_PeoplePulledApartByTheAuthor_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als die twee broertjes weer ruzie maken, trek ik ze rustig uit elkaar.")]
    [InlineData("Ik trek de oude kast morgen uit elkaar, hij is versleten.")]
    [InlineData("We scheuren het oude behang in de slaapkamer uit elkaar.")]
    [InlineData("De twee honden vochten, dus de eigenaar trok ze uit elkaar.")]
    public void Check_SeparatingFightersOrTearingThings_IsNoThreat(string text) => Assert.Null(Harm(text));
}
