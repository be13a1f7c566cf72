namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's sixteenth pass (hate, slander, insults and intimidation), each with a contrast, in
/// sentences written for this test (not taken from a corpus), judged by the rules alone: a group excluded without a
/// removal verb ("weg met die X", "geen X in onze …", "(er) horen geen X", a country "vol"); a group denied thinking or
/// said to have nothing to offer or to be here "puur om te …"; a group said to feel less pain; an identifiable person
/// accused of theft or cheating, or called a fraud in a second predicate; nagging and meddling person nouns; knowing
/// someone's licence plate, address or workplace, said to them; a chain kept ready for "dat stuk …"; and the allowed
/// side: slogans and bans about things, a full campsite, toddlers who cannot yet reason, a thief in the news, a witch in
/// a fairy tale or a costume, an address for an invitation, an anaesthetic, a beer called too bitter, disgust at people
/// who compare a group to vermin.
/// </summary>
public class SixteenthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Weg met al die Bulgaren, ze horen hier niet.")]
    [InlineData("Weg met die Eritreeërs uit ons dorp!")]
    [InlineData("Geen Polen in onze flat, wat mij betreft.")]
    [InlineData("In deze buurt horen geen Afghanen.")]
    [InlineData("Er hoort op ons plein geen enkele Marokkaan.")]
    [InlineData("Ons land zit vol, er kunnen echt geen vluchtelingen meer bij.")]
    public void Check_GroupExcludedWithoutARemovalVerb_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Weg met de wintertijd, ik wil licht!")]
    [InlineData("Geen scooters in onze straat na tien uur, zegt de gemeente.")]
    [InlineData("De parkeerplaats is vol, we fietsen wel.")]
    [InlineData("Er horen geen batterijen in de groene bak.")]
    [InlineData("Er wonen geen Polen meer in onze straat sinds de fabriek dicht is.")]
    public void Check_ThingsBannedOrFull_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Somaliërs kunnen gewoon niet zelf nadenken.")]
    [InlineData("Transgenders kunnen echt niet zelfstandig redeneren.")]
    [InlineData("Syriërs hebben dit land helemaal niets te bieden.")]
    [InlineData("Albanezen hebben toch niks toe te voegen.")]
    [InlineData("Die Roma zitten hier puur om te stelen.")]
    public void Check_GroupDeniedThinkingOrWorth_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Kleuters kunnen nog niet abstract nadenken, dat komt pas later.")]
    [InlineData("Nieuwkomers kunnen niet zelf een huis zoeken zonder hulp van de gemeente.")]
    [InlineData("Statushouders hebben veel te bieden aan onze sportclub.")]
    public void Check_DevelopmentOrHelpOrPraise_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Chinezen voelen minder pijn dan Europeanen.")]
    [InlineData("Die Somaliërs kennen minder verdriet dan wij.")]
    public void Check_GroupSaidToFeelLess_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na de verdoving voel je minder pijn bij het hechten.")]
    [InlineData("Afschuwelijk dat sommigen Roma met luizen vergelijken.")]
    [InlineData("Ik walg ervan dat mensen moslims met kakkerlakken vergelijken.")]
    public void Check_LessPainFromAnaestheticOrDisgustAtComparison_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Belgisch bier is gewoon smerig.")]
    [InlineData("Frans brood vind ik vies.")]
    public void Check_IschAdjectiveBeforeAThing_IsNoHate(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_IschAdjectiveBeforePeople_StillBlocks() =>
        Assert.Equal(Severity.Block, Harm("Belgische mannen zijn smerig."));

    [Theory]
    [InlineData("Juf Marieke jat geld uit de schoolreiskas.")]
    [InlineData("Die trainer besteelt de ouders van zijn spelers.")]
    [InlineData("Onze buurman is een nette meneer en een fraudeur.")]
    [InlineData("Dat bestuurslid is een sluwe bedrieger.")]
    public void Check_IdentifiablePersonAccusedOfTheftOrFraud_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De politie pakte gisteren een fraudeur op in Zwolle.")]
    [InlineData("In het toneelstuk jat de knecht het zilver van de graaf.")]
    [InlineData("De inbreker heeft van een bejaarde een portemonnee gestolen, meldt het nieuws.")]
    [InlineData("Haar ogen lichten op als ze de cadeautjes ziet.")]
    public void Check_FraudInTheNewsOrAStory_IsNoSlander(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("De buurvrouw van drie hoog is een bemoeial.")]
    [InlineData("Die oom van Jesse is een zeur en een betweter.")]
    [InlineData("Onze nieuwe collega is een vreselijke heks.")]
    public void Check_NaggingOrMeddlingPersonNoun_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn zoon gaat als heks naar het carnaval.")]
    [InlineData("De heks uit het sprookje woont in een huisje van snoep.")]
    [InlineData("We lezen vandaag 'Mijn oma is een heks' in de klas.")]
    public void Check_WitchInAStoryOrCostume_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik heb jouw nummerbord opgeschreven, tot gauw.")]
    [InlineData("Jouw huisadres hebben we al, meneer de wethouder.")]
    [InlineData("Ik weet je heus wel te vinden.")]
    [InlineData("We weten waar jij traint, denk daar maar over na.")]
    [InlineData("Voor dat stuk tuig heb ik een ketting klaarliggen.")]
    public void Check_KnowingWhereSomeoneIsOrAChainReady_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik heb je adres, dan stuur ik de kaart voor je verjaardag.")]
    [InlineData("Ik weet je te vinden als ik vragen heb, bedankt!")]
    [InlineData("Dat stuk roest van een fietsketting mag bij het oud ijzer.")]
    public void Check_AddressForACardOrHelp_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("In ons dorp is geen plek voor Polen.")]
    [InlineData("Die Ghanezen weer. Er is hier geen plaats voor dat soort.")]
    [InlineData("Waarom laten we Eritreeërs nog meebeslissen, ze begrijpen er toch niets van.")]
    [InlineData("Het zou prachtig zijn als alle Syriërs in de zee verdrinken.")]
    [InlineData("Ik vind Koerden het laagste soort volk.")]
    public void Check_NoPlaceForAGroupOrUnderstandingDeniedOrDeathCalledNice_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Op onze school is geen plek voor racisme tegen moslims.")]
    [InlineData("Nieuwkomers begrijpen er vaak niets van, daarom helpen wij met de formulieren.")]
    [InlineData("Het zou mooi zijn als er geen vluchtelingen meer verdrinken in de Middellandse Zee.")]
    public void Check_NoPlaceForRacismOrHelpOrRescueWished_IsNoHate(string text) => Assert.Null(Harm(text));
}
