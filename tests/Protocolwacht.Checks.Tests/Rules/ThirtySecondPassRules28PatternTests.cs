namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-second pass (rules28), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: a threat told as the place
/// the victim ends up (a ditch, a verge), teeth taken home in a bag, "zien wat er met hem gebeurt", an ambulance or 112
/// arranged for someone, a grudge paid back after a deed of scorn, idioms that call someone stupid, an animal named by its
/// noise, a parent told that their child lies or threatened with its punishment, and "weet niet wat hem overkomt" beside a
/// win or a present. The look-alikes hold a condition, the author or a person where the line asks for one, so they show
/// that the line is not too broad.
/// </summary>
public class ThirtySecondPassRules28PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    private static Severity? HarmOnSchool(string text) => TestChecker.SchoolByRules(text, "tom.hendriks").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die knul nog eens aan mijn brommer zit, ligt hij vrijdag in de sloot.")]
    [InlineData("Wie mijn broertje nog een keer duwt, ligt straks langs de weg in de berm.")]
    [InlineData("Nog één opmerking over mijn moeder en jij ligt morgen in de gracht.")]
    [InlineData("Als die vent zo doorgaat, vinden ze hem nog eens in het kanaal.")]
    [InlineData("Zodra die buurman weer over mijn erf loopt, ligt hij met zijn fiets in de greppel.")]
    public void Check_VictimEndingUpInADitch_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vannacht lag er een scooter in de sloot bij de sporthal; de politie heeft de eigenaar gevonden.")]
    [InlineData("Als het hard regent, ligt er bij ons altijd water in de goot.")]
    [InlineData("Bij het slootjespringen viel mijn zoon in de sloot, wat hebben we gelachen.")]
    [InlineData("Als je morgen langs de vaart fietst, zie je de reigers in het riet.")]
    [InlineData("Na de storm lagen er takken in de berm; de gemeente ruimt ze vandaag op.")]
    public void Check_ThingsInADitchAsNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die vent nog eens aan mijn dochter komt, mag hij zijn tanden in een zakje mee naar huis nemen.")]
    [InlineData("Die gast kan zijn kiezen straks in een plastic zakje ophalen.")]
    [InlineData("Nog één keer zo'n grap en je mag je gebit in een zakje meenemen.")]
    [InlineData("Wie mijn auto bekrast, kan zijn tanden in een diepvrieszakje verzamelen.")]
    [InlineData("Die trainer kan straks zijn gebit in een doosje bewaren als hij zo doorgaat.")]
    public void Check_TeethTakenHomeInABag_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als je dochter een tand verliest, mag ze haar melktand in een zakje mee naar huis nemen.")]
    [InlineData("Mijn zoon kan zijn tand in een zakje onder zijn kussen leggen voor de tandenfee.")]
    [InlineData("Als je boterhammen meeneemt, kun je ze in een zakje doen.")]
    [InlineData("Na de tandarts mag hij zijn oude beugel in een doosje bewaren.")]
    [InlineData("Straks kan hij zijn handen in een zak warm houden, het vriest.")]
    public void Check_TeethOrThingsInABagAsCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die jongen nog eens aan mijn fiets zit, zal hij zien wat er met hem gebeurt.")]
    [InlineData("Waag het niet om mijn zoon weer uit te lachen, dan zul je merken wat er met je gebeurt.")]
    [InlineData("Zodra die buurvrouw weer gaat roddelen, zal ze zien wat er met haar gebeurt.")]
    [InlineData("Laat die vader nog één keer schreeuwen, dan gaat hij beleven wat er met hem gebeurt.")]
    [InlineData("Als jullie zo doorgaan, zullen jullie zien wat er met jullie gebeurt.")]
    public void Check_WhatWillHappenToSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als je een week geen suiker eet, zul je zien wat er met je lichaam gebeurt.")]
    [InlineData("Doe een ei in azijn en je zult zien wat er gebeurt.")]
    [InlineData("Als je gaat hardlopen, zul je merken wat er met je conditie gebeurt.")]
    [InlineData("In de les over de seizoenen zien de kinderen wat er met de bladeren gebeurt.")]
    [InlineData("Als je oma op bezoek komt, zal ze zien wat er met haar oude huis is gebeurd.")]
    public void Check_WhatHappensAsALesson_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Bel maar vast een ambulance voor die vent als hij nog eens voor mijn deur staat.")]
    [InlineData("Die scheids kan alvast een ziekenwagen bestellen als hij zondag weer zo fluit.")]
    [InlineData("Reserveer alvast een plekje op de eerstehulp voor die buurman.")]
    [InlineData("Die jongen die mijn zoon sloeg, kan vast 112 bellen.")]
    [InlineData("Regel maar vast een ziekenwagen voor die trainer, ik kom eraan.")]
    public void Check_AmbulanceArrangedForSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Tijdens de les oefende groep 8 hoe je alvast 112 belt als iemand niet meer ademt.")]
    [InlineData("Toen de man viel, belde de conciërge meteen 112.")]
    [InlineData("De ambulance stond vandaag op het plein zodat de kinderen erin konden kijken.")]
    [InlineData("Tip van de wijkagent: zet het nummer van de huisartsenpost alvast in je telefoon.")]
    [InlineData("Mijn buurman viel van de trap; ik heb meteen een ambulance gebeld en hem geholpen.")]
    public void Check_AmbulanceInCareOrLessons_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die buurvrouw heeft mij uitgelachen waar iedereen bij was. Dat pak ik haar terug.")]
    [InlineData("Mijn zwager heeft me voor schut gezet op de bruiloft; die krijgt hij nog terug.")]
    [InlineData("Die man heeft mij op het schoolplein beledigd. Dat zal hij weten.")]
    [InlineData("Ze hebben mij in de groepsapp gekleineerd. Wacht maar tot ik ze tegenkom.")]
    [InlineData("Hij heeft mij bij de buren zwartgemaakt. Dat komt nog wel terug.")]
    public void Check_GrudgePaidBack_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn collega heeft mij enorm geholpen met de verhuizing. Dat krijgt ze nog terug, met taart!")]
    [InlineData("Na de zomer pak ik de draad met mijn cursus weer op.")]
    [InlineData("Mijn zoon is vorig jaar gepest. Dat komt nu terug in de les over pesten.")]
    [InlineData("Mijn collega heeft mij uitgelachen om mijn nieuwe kapsel. Dat zal ze weten als ze het volgende ziet 😄")]
    [InlineData("Wacht maar tot je de taart ziet die mijn dochter heeft gebakken!")]
    public void Check_PaidBackWithoutScorn_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die nieuwe buurman is niet het slimste lampje in de kast.")]
    [InlineData("Bij die vader van de voetbalclub brandt weinig licht boven.")]
    [InlineData("Die trainer: het licht is aan, maar er is niemand thuis.")]
    [InlineData("Die buurman is echt niet het scherpste potlood uit de doos.")]
    [InlineData("Onze buurvrouw is een wandelende klaagmuur.")]
    public void Check_IdiomOfStupiditySaidOfAPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het licht in de gang brandt niet; de conciërge vervangt vanmiddag de lamp.")]
    [InlineData("Bij de kookles blijft het scherpste mes in de la, de kinderen gebruiken een kindermes.")]
    [InlineData("In de vlindertuin zagen we een wandelende tak.")]
    [InlineData("Het licht is aan als we op vakantie zijn, zodat het lijkt of er iemand thuis is.")]
    [InlineData("Deze lamp is niet de felste, maar hij geeft een warm licht in de woonkamer.")]
    public void Check_LightsKnivesAndInsectsAsThemselves_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die moeder bij de voetbalclub is echt een krijsende papegaai.")]
    [InlineData("Wat een kakelende kip is die nieuwe buurvrouw.")]
    [InlineData("Die buurvrouw is zo'n snaterende gans.")]
    [InlineData("Die vader langs de lijn is een keffend hondje.")]
    [InlineData("Die man van de overkant is een balkende ezel.")]
    public void Check_APersonCalledANoisyAnimal_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De kippen op de kinderboerderij kakelden toen mijn dochter ze voerde.")]
    [InlineData("Onze papegaai is een krijsende vogel, zegt de dierenarts, maar wel lief.")]
    [InlineData("Mijn zoon deed een blaffende hond na in de schoolmusical.")]
    [InlineData("Bij de vijver zagen we een snaterende gans met zes kuikens.")]
    [InlineData("De ezel op de boerderij balkte toen we langsliepen.")]
    public void Check_NoisyAnimalsAsAnimals_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Uw zoon liegt, meneer. Dat zien we elke dag.")]
    [InlineData("Mevrouw, uw dochter verzint maar wat.")]
    [InlineData("Uw kind vertelt niet de waarheid, en dat weet u.")]
    [InlineData("Meneer Prins, Finn liegt gewoon over wat er in de klas gebeurde.")]
    [InlineData("Als u zo blijft reageren, zet ik uw dochter morgen op de gang.")]
    public void Check_AParentToldTheirChildLiesOrWillBePunished_Blocks(string text) => Assert.Equal(Severity.Block, HarmOnSchool(text));

    [Theory]
    [InlineData("Dank voor uw bericht, meneer. Zullen we morgen op school even samen praten?")]
    [InlineData("In groep 5 ging de les over liegen: wanneer is een leugentje om bestwil oké?")]
    [InlineData("Mevrouw, wilt u een afspraak maken? Dan bespreken we wat uw dochter heeft verteld.")]
    [InlineData("We lazen het boek over Pinokkio, die steeds liegt en een lange neus krijgt.")]
    [InlineData("Als u wilt, bel ik u vanmiddag om het rustig door te nemen.")]
    public void Check_ARepliesOfflineOrALessonAboutLying_IsNoHarm(string text) => Assert.Null(HarmOnSchool(text));

    [Theory]
    [InlineData("Als onze meester straks de prijs wint, weet hij niet wat hem overkomt.")]
    [InlineData("Als mijn buurvrouw de loterij wint, weet ze niet wat haar overkomt.")]
    [InlineData("Straks krijgt opa zijn cadeau en weet hij niet wat hem overkomt.")]
    [InlineData("Als de juf de verrassing ziet, weet ze niet wat haar overkomt.")]
    [InlineData("Als hij de medaille krijgt, weet hij niet wat hem overkomt.")]
    public void Check_NotKnowingWhatBefallsSomeoneAtAWin_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die buurman nog één keer over mijn hek klimt, weet hij niet wat hem overkomt.")]
    [InlineData("Wie mijn zoon nog eens uitlacht, weet niet wat hem overkomt.")]
    [InlineData("Als ik die vent te pakken krijg, weet hij niet wat hem overkomt.")]
    [InlineData("Als die scheids zondag weer zo fluit, weet hij niet wat hem overkomt.")]
    [InlineData("Als jij nog eens aan mijn auto komt, weet je niet wat je overkomt.")]
    public void Check_NotKnowingWhatBefallsSomeoneAsAThreat_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));
}
