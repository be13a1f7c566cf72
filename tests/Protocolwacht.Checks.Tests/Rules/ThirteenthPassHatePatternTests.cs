namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirteenth pass (hate, threats, profanity), each with a contrast, in sentences written for
/// this test (not taken from a corpus), judged by the rules alone: a question that doubts a group's ability or worth;
/// a group told as a pack of animals; the nationalities as a class; advice to withdraw a filing without "maar"; power
/// over the addressee's fate ("één telefoontje van mij en …", "ik ken mensen die …"); lost self-control promised to
/// someone; watching told as seen and left without a friendly word; "klote-" with its linking n; and the allowed side:
/// a timetable beside a dentist, a labelling in an inverted passive, a disease someone died of.
/// </summary>
public class ThirteenthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    private static Severity? Profanity(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.Profanity);

    [Theory]
    [InlineData("Zijn Bulgaren eigenlijk wel in staat om een huis schoon te houden?")]
    [InlineData("Kunnen homo's überhaupt wel eerlijk zijn tegen hun vrienden?")]
    [InlineData("Zijn moslima's wel slim genoeg voor de universiteit?")]
    public void Check_AbilityOfAGroupDoubtedInAQuestion_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zijn ouderen wel in staat om te stemmen als het stembureau geen lift heeft?")]
    [InlineData("Kunnen vrouwen eigenlijk ook meedoen aan de schaakclub?")]
    [InlineData("Bulgaren zijn eigenlijk heel goed in staat om hun eigen bedrijf te beginnen.")]
    public void Check_QuestionAboutAGroupWithoutDoubtedAbility_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Een horde Bulgaren bezette de hele camping.")]
    [InlineData("Die Afghanen lopen als een kudde door het winkelcentrum.")]
    [InlineData("Overal Eritreeërs in de straat, net een mierennest.")]
    public void Check_GroupToldAsAPackOfAnimals_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een kudde koeien stond midden op de weg bij Ommen.")]
    [InlineData("Een horde fans wachtte bij de artiesteningang.")]
    [InlineData("Op de Veluwe leeft sinds kort een roedel wolven.")]
    public void Check_PackOfAnimalsOrPeopleWithoutAGroup_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Japanners zijn ongedierte.")]
    [InlineData("Die Portugezen zijn tuig.")]
    [InlineData("Mexicanen zijn lui en onbetrouwbaar.")]
    [InlineData("Italianen zijn allemaal oplichters.")]
    public void Check_NationalityWithAnEvaluation_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Onze Japanse gastleerling leerde ons origami vouwen.")]
    [InlineData("Twee Italianen openden een ijssalon in de Dorpsstraat.")]
    [InlineData("Engels vond ik vroeger het moeilijkste vak.")]
    public void Check_NationalityMentionedNeutrally_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als ik jou was zou ik die melding bij de woningbouw intrekken, Sarah.")]
    [InlineData("Het lijkt me wijs dat je je bezwaar tegen mijn aanbouw terugtrekt, Gijs.")]
    [InlineData("Het is verstandiger om je klacht over mijn hond in te trekken, Lies.")]
    public void Check_AdviceToWithdrawAFilingWithoutMaar_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik zou die klacht zeker niet intrekken als ik jou was.")]
    [InlineData("Als ik jou was zou ik die aangifte intrekken, want de fiets is terecht.")]
    public void Check_SincereAdviceAboutAFilingWithoutMaar_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Eén belletje van mij en je kunt je ontslagbrief ophalen, Marco.")]
    [InlineData("Ik ken jongens die dit soort zaken voor me regelen, Pim.")]
    public void Check_PowerOverTheAddresseesFate_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Eén telefoontje van mij naar de huisarts en het recept lag klaar.")]
    [InlineData("Ik ken mensen die graag meehelpen met de verhuizing.")]
    public void Check_ACallOrAcquaintancesThatHelp_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die man nog één keer aan mijn fiets zit, sta ik niet meer voor mezelf in.")]
    [InlineData("Noem mijn dochter nog eens dik, Lars, en ik weet niet wat ik doe.")]
    [InlineData("Zeg dat nog één keer tegen me en ik kan me niet meer inhouden.")]
    public void Check_LostSelfControlPromisedToSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als er nog één bonbon op tafel ligt, sta ik niet voor mezelf in 😄")]
    [InlineData("Ik weet niet wat ik doe als de wifi weer uitvalt.")]
    public void Check_LostSelfControlOverAThing_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik zag je zoon vanmiddag bij het zwembad, Anouk.")]
    [InlineData("Jouw man rijdt elke vrijdag om zes uur naar de sportschool, Mieke. Zag ik gisteren weer.")]
    public void Check_WatchingToldAsSeenAndLeft_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik zag je zoon vanmiddag bij het zwembad, Anouk! Wat zwemt hij al goed.")]
    [InlineData("Ik zag je dochter gisteren in de bieb, ze las een dik boek 📚")]
    public void Check_SeeingSomeonesFamilyFriendly_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als je de trein mist, ben je te laat bij de tandarts.")]
    [InlineData("Als je je afspraak mist, moet je opnieuw naar het ziekenhuis bellen.")]
    public void Check_AnAppointmentBesideAPlaceOfHarm_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_APlaceOfHarmPromisedOnACondition_StillBlocks() =>
        Assert.Equal(Severity.Block, Harm("Als je nog één keer aan mijn auto komt, lig je in het ziekenhuis."));

    [Theory]
    [InlineData("In de jaren dertig werden Joden weggezet als parasieten, vertelde de gids.")]
    [InlineData("Op school werden Molukkers vroeger bestempeld als onruststokers. De juf legde uit hoe schadelijk dat was.")]
    public void Check_LabellingInAnInvertedPassive_IsNoHate(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_GroupCarriedIntoTheNextSentence_StillBlocks() =>
        Assert.Equal(Severity.Block, Harm("Molukkers wonen hier al lang. Ze zijn lui en gevaarlijk."));

    [Theory]
    [InlineData("Klotenavond gehad, alles ging mis.")]
    [InlineData("Wat een kutfiets, de ketting ligt er weer af.")]
    [InlineData("Die teringtrein is weer te laat.")]
    public void Check_CurseAsTheFirstPartOfACompound_IsProfanity(string text) => Assert.Equal(Severity.Block, Profanity(text));

    [Theory]
    [InlineData("Dit weekend gaan we klootschieten in Twente.")]
    [InlineData("We landen morgen op Kloten bij Zürich.")]
    [InlineData("In de klerenkast lag nog een oude jas.")]
    [InlineData("Zijn broer stierf in 1920 aan de tering.")]
    public void Check_WordsThatLookLikeACurseCompound_AreNoProfanity(string text) => Assert.Null(Profanity(text));
}
