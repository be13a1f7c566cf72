using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-sixth pass (rules22), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: another's head against a
/// hard thing, cooking applied to a person, a fire idiom said of another's house, first aid told to get ready, a
/// prosthesis ordered or named by its last part, a straw and going under water after a condition, "verhaal halen"
/// answered by where one will lie, an adjective of scorn and an animal said of a person, "afmaken" with a thing as its
/// object, and a saying attributed to someone on the roster by first name.
/// </summary>
public class TwentySixthPassRules22PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die vent nog één keer aan mijn auto komt, knalt zijn kop tegen de lantaarnpaal.")]
    [InlineData("Komt die buurjongen weer aan mijn zoon, dan gaat zijn gezicht door de ruit.")]
    [InlineData("Nog één keer zo'n toon tegen mijn vrouw en die gozer ligt met zijn smoel op de klinkers.")]
    [InlineData("Als jij nog eens aan mijn fiets zit, dan gaat je neus tegen het hek.")]
    [InlineData("Zegt die trainer nog iets over mijn dochter, dan vliegt zijn hoofd tegen de radiator.")]
    public void Check_AnothersHeadAgainstAHardThing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als ik niet oplet, gaat mijn hoofd tegen de deurpost van het kopieerhok.")]
    [InlineData("Hij viel van zijn fiets en ging met zijn neus tegen de stoeprand; gelukkig valt het mee.")]
    [InlineData("Als de kinderen moe zijn, leunen ze met hun hoofd tegen de muur.")]
    [InlineData("Bij het voetbal ging onze spits met zijn gezicht in het gras, maar hij scoorde toch.")]
    [InlineData("De kleuters drukten hun neus tegen de ruit om de sneeuw te zien.")]
    public void Check_HeadAgainstAThingAsMishapOrPlay_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als ik die fietsendief vind, grill ik hem op de camping.")]
    [InlineData("Die vent zouden ze langzaam moeten braden voor wat hij mijn dochter aandeed.")]
    [InlineData("Die scheids mag van mij aan het spit.")]
    [InlineData("Als die gast nog eens aanbelt, wordt hij gevild.")]
    [InlineData("Die wethouder zou ik het liefst levend roosteren.")]
    public void Check_CookingAPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vanavond roosteren we marshmallows boven het kampvuur.")]
    [InlineData("In de kookklas leerden de kinderen hoe je vis fileert.")]
    [InlineData("Het recept: de kip twee uur aan het spit op 200 graden.")]
    [InlineData("Groep 7 heeft brood geroosterd voor de ouderavond.")]
    [InlineData("Op de barbecue leggen we vandaag alleen groenten.")]
    public void Check_CookingFood_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Rooster ik je in voor de pleinwacht op dinsdag?")]
    [InlineData("Als de juf ziek is, wordt hij ingeroosterd voor groep 5.")]
    [InlineData("Rooster ik hem maandag in voor het overblijven, of wil jij dat doen?")]
    [InlineData("Als er een invaller komt, wordt hij meteen ingeroosterd voor drie lessen.")]
    [InlineData("Rooster ik jullie in voor de ouderavond van donderdag?")]
    public void Check_RoosterAsTimetable_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die buurman nog eens over mijn hek klimt, staat zijn schuur in lichterlaaie.")]
    [InlineData("Nog één klacht van die vader en zijn auto gaat in de hens.")]
    [InlineData("Zeurt die vrouw nog één keer, dan staat haar huis zo in de fik.")]
    [InlineData("Als jij mijn dochter nog eens lastigvalt, gaat jouw garage in vlammen op.")]
    [InlineData("Komt hij nog eens op mijn erf, dan staat zijn schuurtje meteen in de fik.")]
    public void Check_FireIdiomOfAnothersProperty_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vannacht stond de schuur van de buren in lichterlaaie; de brandweer was er snel bij.")]
    [InlineData("Het kampvuur ging in de hens en iedereen zong mee.")]
    [InlineData("Door kortsluiting ging zijn auto in vlammen op; gelukkig is hij ongedeerd.")]
    [InlineData("Als het droog is, kan een schuur zomaar in de fik vliegen: let op met vuurwerk.")]
    [InlineData("De kaarsjes op haar taart stonden in lichterlaaie en ze blies ze in één keer uit.")]
    public void Check_FireAsNewsOrCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die kerel mijn zoon nog eens duwt, kan de eerste hulp alvast een brancard klaarzetten.")]
    [InlineData("Raakt die vent mijn auto aan, dan mag de verbanddoos vast klaarstaan.")]
    [InlineData("Als die buurjongen weer over mijn schutting klimt, kan de huisartsenpost alvast een plekje vrijhouden.")]
    [InlineData("Nog één woord van die trainer en de EHBO kan vast klaarstaan.")]
    [InlineData("Als jij nog eens aan mijn dochter komt, kan de eerste hulp alvast bellen.")]
    public void Check_FirstAidToldToGetReady_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De EHBO-doos in de teamkamer is alvast aangevuld voor het schoolreisje.")]
    [InlineData("Bij de sportdag staat de eerste hulp klaar naast de kantine.")]
    [InlineData("Als er iets gebeurt tijdens de cursus, staat de verbanddoos klaar.")]
    [InlineData("De eerste hulp bij ongelukken is alvast ingepland voor de BHV-training.")]
    [InlineData("Als je valt, ligt de verbanddoos in de gymzaal.")]
    public void Check_FirstAidAsCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die vent nog één keer mijn zoon uitscheldt, kan hij meteen een gebitsprothese aanvragen.")]
    [InlineData("Raakt die gast mijn dochter aan, dan heeft hij straks een heupprothese nodig.")]
    [InlineData("Nog één keer en die buurman mag een kunstgebit bestellen.")]
    [InlineData("Als die trainer zo doorgaat, kan hij alvast een rolstoel uitzoeken.")]
    [InlineData("Komt hij nog eens aan mijn spullen, dan kan hij een prothese laten aanmeten.")]
    public void Check_ProsthesisAsTheResult_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Opa kreeg vorig jaar een gebitsprothese en lacht nu weer volop.")]
    [InlineData("In het museum hangt een heupprothese van honderd jaar oud.")]
    [InlineData("Na de operatie had de buurvrouw een rolstoel nodig; we hebben een oprit voor haar gemaakt.")]
    [InlineData("De tandtechnicus liet zien hoe je een kunstgebit bestelt en past.")]
    [InlineData("In het revalidatiecentrum mochten we zelf een rondje in een rolstoel rijden.")]
    public void Check_ProsthesisAsNewsOrHelp_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die jongen nog eens aan mijn vriendin zit, eet hij voortaan door een rietje.")]
    [InlineData("Nog één zo'n grap en die collega drinkt de rest van het jaar door een rietje.")]
    [InlineData("Als die vent zo doorgaat, gaat hij kopje onder in de haven.")]
    [InlineData("Zegt hij nog iets over mijn dochter, dan gaat hij kopje onder in de sloot.")]
    [InlineData("Als jij mijn fiets nog eens sloopt, eet je straks alles door een rietje.")]
    public void Check_StrawOrUnderWaterAfterACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Op het schoolfeest drinken de kinderen limonade door een rietje.")]
    [InlineData("Na de ingreep bij de tandarts moest hij een dag door een rietje drinken.")]
    [InlineData("Bij het zwemdiploma gaan de kinderen kopje onder.")]
    [InlineData("Als het warm is, gaan we in de zwemles lekker kopje onder.")]
    [InlineData("Wie kan het langst kopje onder? Vandaag oefenen we het in het zwembad.")]
    public void Check_StrawOrUnderWaterAsPlay_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die vader wil verhaal komen halen? Laat hem maar komen, dan ligt hij zo op de grond.")]
    [InlineData("Als die buurman verhaal komt halen, ligt hij meteen plat op de stoep.")]
    [InlineData("Komt die trainer verhaal halen? Dan ligt hij languit in de berm.")]
    [InlineData("Wil je verhaal komen halen? Dan lig je zo in de goot.")]
    [InlineData("Als die gast verhaal komt halen, ligt ie binnen een minuut op de tegels.")]
    public void Check_StoryFetchedAnsweredByTheGround_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een moeder kwam verhaal halen over de toetsen; na een goed gesprek was het opgelost.")]
    [InlineData("In het verhaal van vandaag ligt de ridder plat op de grond.")]
    [InlineData("De ouders kwamen verhaal halen bij de directie en we hebben samen een oplossing gezocht.")]
    [InlineData("Hij kwam verhaal halen, maar het bleek een misverstand; we dronken samen koffie.")]
    [InlineData("Na de storm lag het hek plat op de stoep; een vader kwam verhaal halen bij de gemeente.")]
    public void Check_StoryFetchedAsTalk_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die nieuwe teamleider is een ijdele pauw.")]
    [InlineData("Wat een domme gans is die buurvrouw van mij.")]
    [InlineData("Die wethouder was gewoon een verwaande kikker.")]
    [InlineData("Mijn schoonvader is een luie koe, echt waar.")]
    [InlineData("Wat een gluiperige slang is die makelaar.")]
    public void Check_ScornfulAnimalSaidOfAPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("In de musical speelt mijn zoon een ijdele pauw.")]
    [InlineData("De knuffel van groep 2 is een dikke pad van pluche.")]
    [InlineData("Op de kinderboerderij zagen we een vette gans en een trotse pauw.")]
    [InlineData("In het prentenboek is de wolf een domme wolf en de geit slim.")]
    [InlineData("Onze nieuwe collega is een echte bezige bij.")]
    public void Check_AnimalsInPlayOrPraise_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Fact]
    public void WordClasses_TheToadIsAnAnimal_AndThePathIsNot()
    {
        var animal = WordClasses.Default.Mask("animal");
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("pad") & animal);
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("padden") & animal);
        Assert.Equal(ClassMask.Zero, WordClasses.Default.Of("paden") & animal);
        Assert.Equal(ClassMask.Zero, WordClasses.Default.Of("fietspad") & animal);
    }

    [Theory]
    [InlineData("Ik ga hem vanavond afmaken.")]
    [InlineData("Als die gozer nog eens aan mijn auto zit, ga ik die vent afmaken.")]
    [InlineData("Die oplichter moeten ze gewoon afmaken.")]
    [InlineData("Ik zal haar morgen afmaken als ze weer liegt.")]
    [InlineData("We gaan die inbreker afmaken.")]
    public void Check_AfmakenWithAPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn zoon wilde eerst zijn legokasteel afmaken.")]
    [InlineData("Ik ga vanavond die scriptie afmaken.")]
    [InlineData("Wie wil het schilderij van de klas afmaken?")]
    [InlineData("We moeten de kerstversiering nog afmaken voor vrijdag.")]
    [InlineData("De leerlingen mochten hun verhaal over de vakantie afmaken.")]
    public void Check_AfmakenWithAThing_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Zoals Tom zei bij de koffie: 'Een goed begin is het halve werk.'")]
    [InlineData("Eva schreef het al: 'Samen staan we sterker.'")]
    [InlineData("In de woorden van Jeroen: 'Elke dag is een nieuwe kans.'")]
    [InlineData("Zoals Ingrid zei: 'Kinderen leren het meest van elkaar.'")]
    [InlineData("Zoals Linda Koster zei op de studiedag: 'Lezen is de sleutel tot alles.'")]
    public void Check_SayingAttributedToARosterName_IsAQuote(string text) =>
        Assert.True(TestChecker.School(text).Has(Categories.Quote, Severity.Doubt), text);

    [Theory]
    [InlineData("Zoals Maria Montessori zei: 'Help mij het zelf te doen.'")]
    [InlineData("Zoals Tom Poes zei: 'Ik heb een list.'")]
    [InlineData("Zoals Johan Cruijff zei: 'Je gaat het pas zien als je het doorhebt.'")]
    [InlineData("In de woorden van Desmond Tutu: 'Doe je kleine stukje goed.'")]
    [InlineData("Zoals Harriet zei: 'Wie niet waagt, die niet wint.'")]
    public void Check_SayingAttributedToSomeoneOffTheRoster_IsNoQuote(string text) =>
        Assert.False(TestChecker.School(text).Has(Categories.Quote), text);
}
