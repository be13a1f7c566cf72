namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-eighth pass (hate34), each pattern in sentences written for this test in other words and
/// with other groups than the batches, with allowed look-alikes beside it, judged by the rules alone: conspiracy and
/// control claims (a cleft that points at the group, a plot named as the group's, replacement, "omvolking", steering an
/// institution); implicit threats (scores settled, the year of the deportations wished back, a lesson, a few blows,
/// drowning let happen, a weapon emoji after the group); derogation presupposed ("niet alle X …, maar wel de meesten",
/// "waarom zeuren X altijd zo"); and the false stops of a question about a visit home, not knowing an address, a fate
/// told in the group's relative clause and a removal told as history.
/// </summary>
public class ThirtyEighthPassHate34PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Het zijn de joden die in Brussel aan de touwtjes trekken.")]
    [InlineData("Zijn het weer de moslims die alles bepalen hier?")]
    [InlineData("Het zijn de Marokkanen die in deze wijk alles regelen achter de schermen.")]
    [InlineData("Het zijn de homo's die op het ministerie alles beslissen.")]
    public void Check_ACleftPointingAtTheGroupAsTheHiddenHand_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het zijn de Syrische moeders die het buffet regelen, dank jullie wel!")]
    [InlineData("Het zijn de ouders die het schoolreisje regelen.")]
    public void Check_ACleftThatThanksWhoOrganisedSomething_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Een joodse samenzwering, dat zie je toch zo.")]
    [InlineData("Dat hele klimaatverhaal is een complot van de Chinezen.")]
    [InlineData("Corona was gewoon een complot van de moslims.")]
    public void Check_APlotNamedAsTheGroups_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een complot van de joden? Dat is een oud antisemitisch fabeltje.")]
    [InlineData("In de Tweede Wereldoorlog beweerden de nazi's dat er een complot van de joden bestond.")]
    [InlineData("Er is geen complot van moslims, stop met die onzin.")]
    public void Check_APlotCondemnedOrTold_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Moslims komen hier om ons te vervangen.")]
    [InlineData("De Afrikanen gaan de Nederlanders gewoon vervangen.")]
    [InlineData("Polen verdringen onze mensen overal.")]
    [InlineData("Omvolking is gewoon een feit, kijk om je heen.")]
    [InlineData("Joden sturen de media aan.")]
    [InlineData("Moslims hebben de gemeenteraad al overgenomen.")]
    public void Check_ReplacementOrSteeringSaidOfTheGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De Poolse invallers vervangen onze zieke collega's deze week.")]
    [InlineData("Niemand wil ons vervangen, dat verhaal over moslims klopt niet.")]
    [InlineData("Omvolking is een racistische complottheorie.")]
    [InlineData("De nieuwe digiborden vervangen onze oude krijtborden.")]
    [InlineData("Het nieuwe bestuur heeft de politiek in de gemeente overgenomen.")]
    public void Check_ReplacementDeniedOrOfThings_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Met die Roemenen rekenen we nog wel af.")]
    [InlineData("Ooit gaan we met die moslims afrekenen.")]
    [InlineData("Als ik die Somaliërs zie, weet ik wel wat er moet gebeuren.")]
    [InlineData("Het wordt weer 1940 voor die homo's.")]
    [InlineData("Binnenkort is het weer 1942, dan weten die joden het wel.")]
    [InlineData("Die Somaliërs moeten eens een lesje leren.")]
    public void Check_ScoresSettledOrTheDeportationsWishedBack_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We moeten nog met de Turkse bakker afrekenen voor de taart.")]
    [InlineData("Afrekenen bij de kassa, de Surinaamse band speelt om drie uur.")]
    [InlineData("In 1942 werden de joden uit onze straat opgepakt.")]
    [InlineData("Dit mag nooit weer 1940 worden, zeggen de joodse ouders.")]
    [InlineData("Syrische kinderen moeten maar eens een lesje Nederlands krijgen, zegt de juf blij.")]
    public void Check_PayingHistoryOrALesson_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Geef die Antillianen een paar klappen en het is rustig.")]
    [InlineData("Een flinke rammeling voor die transgenders.")]
    [InlineData("Laat die Afghanen maar creperen in hun tentjes.")]
    [InlineData("Die asielzoekers laten we gewoon verhongeren.")]
    [InlineData("Die zigeuners krijgen nog wel wat ze verdienen.")]
    public void Check_BlowsOrDeathLetHappenToTheGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een paar klappen op de trommel met de Ghanese ouders, wat een feest.")]
    [InlineData("Laat de Oekraïense kinderen niet verdrinken in het werk, zei de juf.")]
    [InlineData("De Syrische kinderen krijgen wat ze verdienen: een kans op goed onderwijs.")]
    public void Check_ApplauseHelpOrRemembrance_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Turken in onze straat 🔪🔪")]
    [InlineData("die transgenders op het plein 💣")]
    [InlineData("Polen hier in het dorp? 🔫")]
    public void Check_AWeaponEmojiAfterTheGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wat een feest vandaag met de Poolse ouders 🔥🔥🎉")]
    [InlineData("Kookles met de Syrische moeders, lekker koken 🔪🥕")]
    [InlineData("De kerstmarkt met de Ghanese ouders was top 🔥")]
    public void Check_FireOrAKitchenKnifeBesideAGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Niet alle moslims zijn terroristen, maar wel de meesten.")]
    [InlineData("Niet alle Roma stelen, maar toch het merendeel.")]
    [InlineData("Waarom zeuren vrouwen altijd zo?")]
    [InlineData("Ouderen klagen altijd zo, vreselijk.")]
    [InlineData("Waarom ruiken Indonesiërs altijd zo raar?")]
    [InlineData("Is het toeval dat Antillianen altijd de problemen veroorzaken?")]
    [InlineData("De meeste Albanezen zijn drugsdealers.")]
    public void Check_DerogationPresupposedOrExcepted_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Niet alle moslims zijn hetzelfde, net als alle christenen.")]
    [InlineData("Waarom vieren hindoes Divali?")]
    [InlineData("Het is onzin dat Surinamers altijd zo klagen.")]
    [InlineData("Waarom ruikt Turks eten altijd zo lekker?")]
    [InlineData("Albanezen zijn geen drugsdealers.")]
    [InlineData("We bespreken wat er moet gebeuren met de nieuwe Syrische leerlingen.")]
    public void Check_AHonestQuestionOrNegatedHate_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Onze Marokkaanse conciërge is met verlof. Ga jij ook terug naar je land in de meivakantie?")]
    [InlineData("Gaan jullie met de kerst terug naar je land, Dragan?")]
    [InlineData("Ik weet niet waar die Roemeense ouders wonen, dus ik bel de mentor.")]
    [InlineData("ik weet niet waar die polen wonen")]
    public void Check_AQuestionAboutAVisitOrNotKnowingAnAddress_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Turken denken dat ze alles mogen. Ga jij maar lekker terug naar je land?")]
    [InlineData("Die wethouder mag blij zijn dat ik niet weet waar hij woont.")]
    [InlineData("Ik weet waar die Polen wonen, kijk maar uit.")]
    public void Check_AnOrderAskedOrAnAddressKnown_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De joden bezitten alle banken.")]
    [InlineData("De Chinezen zitten achter het virus, dat weet toch iedereen.")]
    [InlineData("Die moslims hebben de politie in hun zak.")]
    [InlineData("Vrouwen manipuleren stiekem alle mannen in de politiek.")]
    [InlineData("Het is een plan van de Marokkanen om Nederland over te nemen.")]
    public void Check_ControlHeldOrATakeoverPlanned_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De Turkse ouders bezitten een mooie bakkerij in de wijk.")]
    [InlineData("De Chinezen zitten achter de computer te gamen, zegt mijn zoon.")]
    [InlineData("De Syrische kinderen hebben hun diploma in hun zak!")]
    [InlineData("Het plan van de Oekraïense ouders is om samen een feest te geven.")]
    [InlineData("De Surinaamse vereniging heeft de touwtjes zelf in handen, knap georganiseerd.")]
    [InlineData("Dat praatje dat joden stiekem de banken overnemen is een hoax.")]
    [InlineData("dat verhaaltje dat vrouwen de politiek hebben overgenomen is onzin")]
    public void Check_PropertyPlansOrOwnAssociations_AreAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Eens rekenen we af met die Turken.")]
    [InlineData("Wacht maar, die Syriërs krijgen hun verdiende loon nog wel.")]
    [InlineData("Voor die Polen hebben we nog wel een plekje in de gaskamer.")]
    public void Check_ScoresSettledVerbFirstOrAPlaceInAGasChamber_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We rekenen straks af met de Turkse bakker.")]
    [InlineData("In de oorlog werden joden in gaskamers vermoord; dat vertellen we groep 8.")]
    [InlineData("In 1943 werden Roma uit Nederland gedeporteerd, vertelt de gastspreker.")]
    public void Check_PayingOrTheHistoryOfTheCamps_IsAllowed(string text) => Assert.Null(Harm(text));
}
