using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-fifth pass (rules21), each pattern in five sentences written for this test in other
/// words than the batches (other verbs, word order, tense, person, a demonstrative, a conditional), with five allowed
/// look-alikes beside it, judged by the rules alone: a consequence told as where another will lie, teeth picked up after
/// a condition, dying or burning wished "van mij" or "wat mij betreft", a care place told to get ready before "alvast", a
/// drip to come, regret promised after a fact, being alone "voortaan", a survival idiom whose subject is a person, a remedy
/// needed "na" a time, an animal comparison with an adjective, sayings attributed by name, the cock as an animal, the
/// emoji's topic as a word class, and a long run of quoted titles.
/// </summary>
public class TwentyFifthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die knul nog één keer aan mijn scooter zit, ligt hij in de berm voordat hij het weet.")]
    [InlineData("Blijft die meneer mijn vrouw lastigvallen, dan ligt hij languit op het asfalt.")]
    [InlineData("Kom jij nog eens aan mijn dochter, dan lig je op de vloer voor je het doorhebt.")]
    [InlineData("Als die trainer weer over mijn zoon begint, dan ligt ie op straat, let maar op.")]
    [InlineData("Nog één zo'n opmerking over mijn klas en dan ligt hij in de goot.")]
    public void Check_WhereAnotherWillLieAfterACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als het hard regent, ligt het plein vol water voor je het weet.")]
    [InlineData("Als ik niet oplet, lig ik op de vloer voor ik het weet, zo glad is het.")]
    [InlineData("Als hij valt van dat klimrek, ligt hij zo op de grond; wees voorzichtig.")]
    [InlineData("Als je moe bent, dan lig je om acht uur al in bed.")]
    [InlineData("In het verhaal ligt hij in de sloot als de draak komt.")]
    public void Check_LyingAsWeatherOrMishap_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Zegt die vent nog één keer iets, dan kan hij zijn tanden van de stoep rapen.")]
    [InlineData("Als die gozer zo doorgaat, mag hij zijn tanden opvegen.")]
    [InlineData("Nog één keer zo'n blik, jongen, en dan kun je je ribben bij elkaar zoeken.")]
    [InlineData("Raakt die buurman mijn fiets aan, dan mag hij zijn tanden oprapen.")]
    [InlineData("Als die scheids weer zo fluit, kan hij zijn vingers bij elkaar rapen.")]
    public void Check_PartsPickedUpAfterACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als de kinderen klaar zijn, rapen ze de blaadjes van het plein.")]
    [InlineData("Mijn zoon raapte zijn melktand van de vloer en legde hem onder zijn kussen.")]
    [InlineData("Als je klaar bent, kun je je spullen bij elkaar zoeken.")]
    [InlineData("De kleuters zochten hun jassen bij elkaar.")]
    [InlineData("Na de les veegden we samen de snippers op.")]
    public void Check_ThingsPickedUp_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die vandalen mogen van mij allemaal creperen.")]
    [InlineData("Wat mij betreft stikken ze, die lui van de gemeente.")]
    [InlineData("Voor mijn part verdrinken ze allemaal, die fietsendieven.")]
    [InlineData("Van mij mogen die boeven wegrotten in de cel.")]
    [InlineData("Die hooligans mogen wat mij betreft verbranden.")]
    public void Check_DyingWished_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Van mij mogen de plantjes niet verdrinken, dus geef ze weinig water.")]
    [InlineData("Van mij mogen de kinderen vandaag langer buitenspelen.")]
    [InlineData("De oude kerstboom mag wat mij betreft weg.")]
    [InlineData("Die planten verdrinken als je ze elke dag water geeft.")]
    [InlineData("Wat mij betreft verdwijnt de schoolbel helemaal.")]
    public void Check_WishesAboutThings_AreNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die trainer mag van mij in de fik.")]
    [InlineData("Wat mij betreft gaat die hele bende in de brand.")]
    [InlineData("Die dealers mogen van mij allemaal op de brandstapel.")]
    [InlineData("Wat mij betreft verdwijnt die buurman van de aardbodem.")]
    [InlineData("Die relschoppers mogen van mij van de aardbodem verdwijnen.")]
    public void Check_BurningOrVanishingWishedOnPeople_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die oude werkschriften mogen van mij in de fik.")]
    [InlineData("Wat mij betreft gaat het vreugdevuur om acht uur in de fik.")]
    [InlineData("De kaarsjes mogen van mij aan, het is tenslotte kerst.")]
    [InlineData("Wat mij betreft verdwijnen de plastic bekertjes van de aardbodem.")]
    [InlineData("De juffen mogen van mij niet in de brand zitten met het rapport.")]
    public void Check_BurningThings_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("De EHBO mag alvast een brancard klaarzetten voor die kerel.")]
    [InlineData("De tandarts kan die eikel vast inplannen.")]
    [InlineData("Het ziekenhuis mag alvast een kamer vrijhouden voor die trainer.")]
    [InlineData("De huisartsenpost kan alvast een plekje regelen voor die buurman.")]
    [InlineData("De kaakchirurg mag die gozer alvast bellen.")]
    public void Check_CarePlaceGettingReady_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De tandarts kan je kind alvast inplannen voor de controle.")]
    [InlineData("De fysiotherapeut heeft alvast een schema gemaild.")]
    [InlineData("Het ziekenhuis regelt alvast de cursus reanimatie voor het team.")]
    [InlineData("De EHBO-post zet alvast de koffie klaar voor de vrijwilligers.")]
    [InlineData("Ik heb de tandarts alvast gebeld voor mijn dochter.")]
    public void Check_CarePlaceAsPlanning_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die buurvrouw ligt binnenkort aan het infuus.")]
    [InlineData("Als hij zo doorgaat, ligt die trainer volgende week aan de beademing.")]
    [InlineData("Die vent hangt morgen aan de slangetjes, let maar op.")]
    [InlineData("Nog één keer en die scheids ligt aan het infuus.")]
    [InlineData("Straks ligt die meneer aan de beademing, dat beloof ik je.")]
    public void Check_DripToCome_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Opa lag vorig jaar aan het infuus en is nu weer fit.")]
    [InlineData("De slangen van de brandweer liggen klaar voor de oefening.")]
    [InlineData("Mijn buurman ligt sinds zijn operatie aan het infuus.")]
    [InlineData("De kleuters hangen straks de slingers aan de muur.")]
    [InlineData("Het infuus hangt aan de standaard naast het bed in de oefenruimte.")]
    public void Check_DripAsNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik weet waar die wethouder woont. Hij gaat er nog spijt van krijgen.")]
    [InlineData("Die trainer fietst elke avond langs het kanaal. Daar krijgt hij nog spijt van.")]
    [InlineData("Ze parkeert altijd achter de sporthal. Ze zal nog spijt krijgen van haar mail.")]
    [InlineData("Die buurman werkt bij de bouwmarkt. Hij krijgt nog spijt van zijn grote mond.")]
    [InlineData("Ik weet precies waar hij traint. Hij zal er nog spijt van hebben.")]
    public void Check_RegretAfterAFact_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We hebben het schoolreisje gemist. Daar ga ik nog spijt van krijgen!")]
    [InlineData("Wie de voorstelling mist, krijgt er nog spijt van.")]
    [InlineData("Ik werk al twintig jaar hier en heb nog nooit spijt gehad.")]
    [InlineData("Hij werkt hard en heeft geen spijt van zijn keuze.")]
    [InlineData("Ze woont in Esveld. Ze had nog nooit zo'n mooie school gezien.")]
    public void Check_RegretAsNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die trainer kan voortaan maar beter niet alleen naar huis fietsen.")]
    [InlineData("Die journalist moet voortaan maar niet alleen naar zijn auto lopen.")]
    [InlineData("Die conciërge kan voortaan beter niet alleen naar de fietsenstalling.")]
    [InlineData("Die buurman gaat voortaan beter niet alleen over straat.")]
    [InlineData("Hij moet voortaan maar niet alleen naar het station wandelen.")]
    public void Check_AloneFromNowOn_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Kleuters gaan voortaan beter niet alleen naar de wc.")]
    [InlineData("Je kunt voortaan beter niet alleen fietsen in het donker.")]
    [InlineData("We gaan voortaan samen naar huis, dat is gezelliger.")]
    [InlineData("Voortaan werken de kinderen niet alleen maar in tweetallen.")]
    [InlineData("Voortaan fiets ik niet meer alleen naar school, mijn buurvrouw gaat mee.")]
    public void Check_AloneAsCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die coach haalt het einde van de competitie niet.")]
    [InlineData("Dan haalt hij het eind van het schooljaar niet, die vent.")]
    [InlineData("Die buurman haalt de kerstvakantie niet, geloof me.")]
    [InlineData("Als ik hem zie, haalt die trainer het weekend niet.")]
    [InlineData("Die invaller haalt het einde van de week niet.")]
    public void Check_SurvivalIdiomWithAPersonAsSubject_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Deze actie haalt het weekend niet, dus reserveer snel je kaartjes!")]
    [InlineData("Onze zonnebloemen halen de herfst niet, jammer voor jullie.")]
    [InlineData("De oude kopieermachine haalt het einde van het schooljaar niet, zeggen onze collega's.")]
    [InlineData("Dit aanbod haalt de kerst niet: bestel je boeken vandaag nog.")]
    [InlineData("De sneeuwpop van groep 2 haalt het weekend niet, kijk maar naar het weerbericht, jongens.")]
    public void Check_SurvivalIdiomOfAThingBesideAPerson_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die vent heeft na vrijdag krukken nodig.")]
    [InlineData("Vanaf vanavond heeft die trainer een rolstoel nodig.")]
    [InlineData("Na de wedstrijd heeft die scheids een kunstgebit nodig.")]
    [InlineData("Die gozer heeft na het feest een brancard nodig.")]
    [InlineData("Vanaf morgen heeft die buurman een mitella nodig.")]
    public void Check_RemedyNeededAfterATime_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Oma heeft na haar operatie krukken nodig.")]
    [InlineData("Na de vakantie hebben we nieuwe gymmatten nodig.")]
    [InlineData("Mijn zoon had na zijn val krukken nodig.")]
    [InlineData("Vanaf maandag hebben we geen gips meer nodig voor het knutselen.")]
    [InlineData("Na het weekend heeft het speeltoestel nieuwe verf nodig.")]
    public void Check_RemedyNeededAsNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die juf loopt door de school als een opgeblazen kalkoen.")]
    [InlineData("Die vader kraait als een haan bij het hek.")]
    [InlineData("Die directeur waggelt als een vette kalkoen.")]
    [InlineData("Die trainer stapt rond en kijkt als een boze haan.")]
    [InlineData("Die buurman loopt als een dikke pinguïn over de stoep.")]
    public void Check_AnimalComparisonWithAnAdjective_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De haan op de kinderboerderij kraait elke ochtend.")]
    [InlineData("Groep 3 knutselde een haan van veren.")]
    [InlineData("Ha ha, wat een grappige les was dat!")]
    [InlineData("Die kleuter zat als een klein muisje stil in de kring.")]
    [InlineData("Die kleuter loopt als een klein pinguïntje in zijn sneeuwpak.")]
    public void Check_TheCockAsAnAnimal_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Fact]
    public void WordClasses_TheCockIsAnAnimal_AndTheInterjectionIsNot()
    {
        var animal = WordClasses.Default.Mask("animal");
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("haan") & animal);
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("hanen") & animal);
        Assert.Equal(ClassMask.Zero, WordClasses.Default.Of("ha") & animal);
    }

    [Theory]
    [InlineData("Die juf 🐄 deelt weer koekjes uit, alsof dat helpt.")]
    [InlineData("Die vader 🐒 sliep tijdens de slaapvoorstelling.")]
    [InlineData("Die meester 🐷 heeft weer reclame gemaakt voor zijn lamp.")]
    public void Check_InsultingEmojiBesideWordsThatOnlyContainTheAnimal_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De koeien 🐄 van de boerderij kregen bezoek van groep 4.")]
    [InlineData("Bij het circus 🤡 lachte meester Tom het hardst.")]
    [InlineData("Op de kinderboerderij zagen de kinderen schapen 🐑 en een herder.")]
    [InlineData("Juf Fatima vertelde over slakken 🐌 in de moestuin.")]
    [InlineData("Meester Bas liet een brein 🧠 van klei zien in de les.")]
    public void Check_InsultingEmojiBesideItsTopic_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Zoals Marcus Garvey zei: 'Een volk zonder geschiedenis is als een boom zonder wortels.'")]
    [InlineData("Toni Morrison schreef het al: 'Als je vrij bent, moet je een ander bevrijden.'")]
    [InlineData("In de woorden van Nelson Mandela: 'Het lijkt altijd onmogelijk tot het gedaan is.'")]
    [InlineData("Zoals Rosa Parks zei: 'Je moet nooit bang zijn voor wat je doet als het juist is.'")]
    [InlineData("Zoals Paulo Freire schreef: 'Onderwijs verandert geen wereld, het verandert mensen.'")]
    public void Check_SayingAttributedByName_IsNoQuoteToAskPermissionFor(string text) =>
        Assert.False(TestChecker.School(text).Has(Categories.Quote), text);

    [Theory]
    [InlineData("Zoals de juf zei: 'Morgen nemen we allemaal een knuffel mee.'")]
    [InlineData("Mijn collega zei het al: 'Dit wordt een drukke week.'")]
    [InlineData("In de woorden van mijn moeder: 'Eerst je huiswerk, dan de tablet.'")]
    [InlineData("Zoals onze conciërge schreef: 'De fietsenstalling gaat om vier uur dicht.'")]
    [InlineData("Zoals een ouder zei bij het hek: 'Wat is het hier gezellig geworden.'")]
    public void Check_WordsOfSomeoneAround_StillAQuote(string text) =>
        Assert.True(TestChecker.School(text).Has(Categories.Quote, Severity.Doubt), text);

    /// <summary>
    /// A run of twenty thousand quoted titles joined by "en": each title is read by walking back to the first of the run,
    /// which recursed once per title before (deep enough to overflow the stack); the walk is a loop now.
    /// </summary>
    [Fact]
    public void Check_LongRunOfQuotedTitles_DoesNotRecurse()
    {
        var text = new System.Text.StringBuilder("We lazen 'De Gruffalo'");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(" en 'Kikker'");
        }

        var result = TestChecker.School(text.Append('.').ToString());

        Assert.False(result.Has(Categories.Quote));
    }
}
