namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-first pass (rules27), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: teeth picked up from where
/// they fell, not standing upright any more, carried away, not knowing what awaits someone, a humiliation paid back or
/// not forgiven, a person called a dull office thing, an animal for a boy, and "wie heeft dat bedacht?" of a policy.
/// Fixchecks4 added the reviewer's harmless sentences (and one more each) that hold a condition, the author and a person:
/// a look-alike that lacks a 'requires' word of its line cannot show that the line is too broad.
/// </summary>
public class ThirtyFirstPassRules27PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    private static Severity? HarmOnSchool(string text) => TestChecker.SchoolByRules(text, "tom.hendriks").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die vent nog één keer over mijn hek klimt, kan hij zijn tanden van de straat rapen.")]
    [InlineData("Die knul mag straks zijn kiezen uit de goot vissen.")]
    [InlineData("Wie mijn zoon nog eens duwt, kan zijn tanden van de vloer opvegen.")]
    [InlineData("Als jij nog één keer mijn naam noemt, mag je je kiezen uit het zand zoeken.")]
    [InlineData("Die buurman kan straks zijn tanden van de tegels schrapen.")]
    public void Check_TeethPickedUpFromWhereTheyFell_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn dochter verloor haar melktand op het plein en we hebben hem samen uit het zand gevist.")]
    [InlineData("De kinderen mogen zelf kiezen van welke kleur papier ze een hoed maken.")]
    [InlineData("Na het struikelen moest mijn zoon zijn tanden laten nakijken; gelukkig viel het mee.")]
    [InlineData("Als je op vakantie gaat, kun je kiezen uit het zand of de bergen.")]
    [InlineData("De conciërge veegt elke ochtend de bladeren van de stoep.")]
    public void Check_TeethOrChoicesInCareOrNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die gast nog eens aan mijn auto komt, loopt hij nooit meer rechtop.")]
    [InlineData("Ik zweer je, na vanavond sta jij niet meer rechtop.")]
    [InlineData("Wie mijn dochter lastigvalt, staat volgende week niet meer rechtop.")]
    [InlineData("Die trainer zit straks niet meer rechtop als ik hem te pakken krijg.")]
    [InlineData("Nog één woord over mijn vrouw en jij komt niet meer rechtop, dat beloof ik.")]
    [InlineData("Na de wedstrijd staat die scheids niet meer rechtop, dat garandeer ik je.")]
    public void Check_NotStandingUprightAfterAPromise_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na de sponsorloop konden de kinderen niet meer rechtop staan van moeheid.")]
    [InlineData("Mijn opa kan na zijn operatie niet meer rechtop lopen.")]
    [InlineData("Wij lagen dubbel van het lachen en konden niet meer rechtop zitten.")]
    [InlineData("Mijn rug doet zo'n pijn dat ik niet meer rechtop kan staan.")]
    [InlineData("De kleuters stonden na de voorstelling niet meer rechtop van de slaap.")]
    [InlineData("Mijn man en ik konden na de bruiloft niet meer rechtop staan van het dansen. Volgend jaar weer!")]
    [InlineData("Na die fietstocht kon mijn zoon niet meer rechtop zitten, en ik ook niet 😂")]
    [InlineData("Volgende week lopen we weer de avondvierdaagse; vorig jaar stonden mijn kinderen daarna niet meer rechtop.")]
    public void Check_NotUprightFromTirednessOrCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die vader nog één keer mijn zoon uitscheldt, moet hij hier worden weggedragen.")]
    [InlineData("Wie aan mijn fiets zit, wordt straks weggedragen.")]
    [InlineData("Ik zweer het, die scheids wordt zaterdag weggedragen.")]
    [InlineData("Raak mijn dochter nog eens aan en ze kunnen je wegdragen.")]
    [InlineData("Als jij mijn auto nog eens klemzet, word je volgende week weggedragen.")]
    public void Check_CarriedAwayAsTheOutcome_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Bij de uitvaart van mijn oom werd de kist door zijn kleinzoons weggedragen.")]
    [InlineData("Bij de ontruimingsoefening werd een 'gewonde' collega weggedragen door de BHV'ers.")]
    [InlineData("In de musical wordt de heks aan het eind weggedragen door de trollen.")]
    [InlineData("Mijn vader werd na zijn val op de camping weggedragen door de ambulancebroeders.")]
    [InlineData("De oude kasten worden morgen weggedragen, dus zet je spullen opzij.")]
    [InlineData("Wie helpt ons zaterdag de oude meubels wegdragen? Als je tijd hebt, graag!")]
    [InlineData("Onze kat wordt morgen weggedragen naar de dierenarts, als ze tenminste meewerkt.")]
    [InlineData("Wie helpt mijn buurman zaterdag zijn oude piano wegdragen? Als je kunt, graag!")]
    public void Check_CarriedAwayAtAFuneralDrillOrPlay_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Zodra ik die vent zie, weet hij niet wat hem te wachten staat.")]
    [InlineData("Die buurjongen moet uitkijken, hij weet niet wat hem te wachten staat.")]
    [InlineData("Als jij nog één keer mijn tas pakt, weet je niet wat je te wachten staat.")]
    [InlineData("Straks weten die vaders niet wat hun te wachten staat.")]
    [InlineData("Ik pak die scheidsrechter zaterdag aan, hij weet niet wat hem te wachten staat.")]
    public void Check_NotKnowingWhatAwaitsAfterAWarning_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik heb mijn moeder een reis cadeau gedaan; ze weet nog niet wat haar te wachten staat.")]
    [InlineData("De kleuters weten niet wat hun te wachten staat: Sinterklaas komt vandaag!")]
    [InlineData("Nieuwe collega's weten vaak niet wat hun te wachten staat in hun eerste week.")]
    [InlineData("De nieuwe leerlingen weten nog niet wat hun te wachten staat: een heel leuk schooljaar!")]
    [InlineData("Straks is het feest en weet de jarige niet wat hem te wachten staat.")]
    [InlineData("Onze nieuwe juf start maandag in groep 5. Ze weet nog niet wat haar te wachten staat, straks 28 enthousiaste kinderen!")]
    [InlineData("Onze nieuwe stagiaire weet nog niet wat haar te wachten staat als ze straks bij groep 8 begint!")]
    [InlineData("Onze nieuwe meester weet nog niet wat hem te wachten staat als hij straks onze kleuters ontmoet!")]
    public void Check_NotKnowingWhatAwaitsForJoy_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die buurman heeft me uitgescholden waar mijn kinderen bij waren. Dat zet ik hem betaald.")]
    [InlineData("Ze hebben me op het schoolplein bespot, dat krijgen ze nog terug.")]
    [InlineData("Hij zette me voor gek bij de kassa. Dat krijgt hij dubbel terug.")]
    [InlineData("Die vader heeft me belachelijk gemaakt op de ouderavond, en dat vergeef ik hem nooit.")]
    [InlineData("Mijn collega vernederde me waar de hele klas bij stond; dit zetten we hem betaald.")]
    public void Check_AHumiliationPaidBackOrNotForgiven_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik heb me vandaag flink voor gek gezet met mijn zangkunsten. Dat vergeef ik mezelf nooit, haha.")]
    [InlineData("Die buurvrouw heeft me zo geholpen toen ik werd uitgelachen. Dat vergeet ik haar nooit.")]
    [InlineData("Wat je geeft, krijg je terug: bedankt voor alle hulp bij de markt!")]
    [InlineData("Ik maakte mezelf belachelijk met mijn dansje, en dat krijg ik vast terug in de groepsapp.")]
    [InlineData("Ik werd uitgelachen om mijn oude fiets. Dat zet ik mezelf wel betaald met een nieuwe, haha.")]
    [InlineData("Ik ben gek op mijn klas. Dit krijgen ze terug met een feestje vrijdag.")]
    [InlineData("Mijn dochter is gek op haar juf. Dat krijgt ze terug met een zelfgemaakte kaart.")]
    public void Check_AHumiliationOfOneselfOrAPayment_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die ambtenaar is een wandelende spreadsheet met een das.")]
    [InlineData("Onze buurvrouw is een lopend regelboek.")]
    [InlineData("Die vader heeft de charme van een vaatdoek.")]
    [InlineData("Jij bent ongeveer zo warm als een stoeptegel.")]
    [InlineData("Die voorzitter is net zo boeiend als een kantoorstoel.")]
    public void Check_APersonCalledADullOfficeThing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn moeder is een wandelende encyclopedie: ze weet alles van vogels.")]
    [InlineData("De nieuwe stoeptegels voor de ingang liggen er prachtig bij.")]
    [InlineData("Zet de vergadering even in je agenda, dan zien we elkaar daar.")]
    [InlineData("Zo warm als een oven was het vandaag in de gymzaal.")]
    [InlineData("We hebben een nieuwe kantoorstoel voor de administratie gekocht.")]
    public void Check_DullThingsAsThingsOrPraise_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Dat joch van de overkant is een rat.")]
    [InlineData("Dat joch bij de supermarkt is een echte rat.")]
    [InlineData("Dat joch is een varken, zoals hij eet.")]
    [InlineData("Dat joch met die pet is een vuile rat.")]
    [InlineData("Dat vervelende joch is een kakkerlak.")]
    public void Check_AnAnimalForABoy_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het joch van de buren heeft een rat als huisdier.")]
    [InlineData("Dat joch was zo lief voor onze hond.")]
    [InlineData("Ons joch heeft vandaag zijn eerste zwemdiploma gehaald!")]
    [InlineData("Dat joch speelde in de musical een slang, geweldig gedaan.")]
    [InlineData("Het joch van Kees tekende een varken voor zijn oma.")]
    public void Check_ABoyWithAnAnimal_IsNoInsult(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wie heeft dat nieuwe beleid over de pauzes eigenlijk bedacht?")]
    [InlineData("Wie verzon dit rooster? Iemand die zelf nooit lesgeeft.")]
    [InlineData("Wie heeft het bestuur die bezuiniging ingefluisterd?")]
    [InlineData("Wie bedenkt nu zo'n plan? Twee studiedagen in één week.")]
    [InlineData("Wie heeft de nieuwe regels van Konot voor het overblijven uitgedacht?")]
    public void Check_WhoThoughtUpAPolicy_IsAComplaint(string text) => Assert.Equal(Severity.Doubt, Harm(text));

    [Theory]
    [InlineData("Wie heeft dit mooie rooster voor de kerstviering bedacht? Dank je wel!")]
    [InlineData("Wie bedacht de verhalen van Jip en Janneke? Annie M.G. Schmidt natuurlijk.")]
    [InlineData("Wie bedenkt een naam voor onze nieuwe schoolhond?")]
    [InlineData("Wie heeft het plan voor het nieuwe schoolplein bedacht? Top gedaan, leerlingenraad!")]
    [InlineData("Wie verzint de leukste mop? Stuur hem in voor de schoolkrant.")]
    public void Check_WhoThoughtUpAsPraiseOrARealQuestion_IsNoComplaint(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_WhoThoughtUpAPolicyOnTheSchoolsAccount_IsNoComplaint()
    {
        Assert.Equal(Severity.Doubt, Harm("Wie heeft dat nieuwe beleid over de pauzes eigenlijk bedacht?"));
        Assert.Null(HarmOnSchool("Wie heeft dat nieuwe beleid over de pauzes eigenlijk bedacht?"));
    }
}
