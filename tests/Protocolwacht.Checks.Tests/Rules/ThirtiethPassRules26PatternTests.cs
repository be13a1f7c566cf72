namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirtieth pass (rules26), each pattern in five sentences written for this test in other words
/// than the batches, with five allowed look-alikes beside it, judged by the rules alone: a threat told as how the victim
/// will leave (not walking, not on one's own legs, crawling), a weapon kept ready after a grudge, a faculty of a dull thing
/// or an animal, an ironic comparison of liveliness, a person called a walking object of ridicule, darkness told by a
/// missing light, someone followed to a place of theirs, "dan weet je hoe laat het is" and "daar … van lusten", a grudge
/// not forgotten, a sling worn without "met", a bunch called by a label, quotes credited after the frame to a colleague,
/// and a whole year's issues copied.
/// </summary>
public class ThirtiethPassRules26PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die buurman nog één keer over mijn schutting klimt, gaat hij niet lopend naar huis.")]
    [InlineData("Wie aan mijn scooter komt, komt hier niet meer op eigen benen vandaan.")]
    [InlineData("Ik zweer je dat die vent het veld niet lopend verlaat.")]
    [InlineData("Nog één woord over mijn moeder en je komt hier nooit meer op je eigen voeten weg.")]
    [InlineData("Als jij mijn dochter nog eens lastigvalt, ga je daar hinkend vandaan.")]
    public void Check_AThreatToldAsHowTheVictimWillLeave_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na de operatie kon opa nog niet op eigen benen naar huis, dus we haalden hem op.")]
    [InlineData("Als het glad is, gaan de kleuters niet lopend naar huis maar met de bus.")]
    [InlineData("Ik beloof jullie dat niemand na de sponsorloop nog lopend naar huis wil: zo ver is het!")]
    [InlineData("Wie de hele vierdaagse uitloopt, komt strompelend maar trots over de finish.")]
    [InlineData("Mijn zoon liep na zijn val een week hinkend door het huis, maar hij kan weer voetballen.")]
    public void Check_NotWalkingHomeAsNewsOrCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die buurman heeft mijn vrouw uitgescholden. Mijn koevoet ligt al klaar in de schuur.")]
    [InlineData("Die man heeft mijn zoon voor gek gezet. Er zit een mes in mijn binnenzak.")]
    [InlineData("Met die trainer ben ik nog niet klaar. De moker staat achter de deur.")]
    [InlineData("Die vader van de overkant denkt dat hij mijn parkeerplek kan pakken. Mijn honkbalknuppel ligt naast de bank.")]
    [InlineData("Jij hebt mijn broertje geslagen. Ik heb vandaag een boksbeugel voor je meegebracht.")]
    public void Check_AWeaponReadyAfterAGrudge_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Meester Bas heeft nieuwe knuppels gekocht. Ze liggen al klaar in de gymzaal.")]
    [InlineData("Mijn buurman komt morgen helpen met de schutting. De hamer ligt al klaar.")]
    [InlineData("Die vader vroeg of we iets konden doen aan het hek. Ik heb mijn hamer al in de auto gelegd om het te repareren.")]
    [InlineData("De juf las voor uit het boek over de ridder. Zijn zwaard lag klaar naast zijn bed.")]
    [InlineData("Mijn collega is jarig vandaag. Het mes ligt klaar om de taart aan te snijden.")]
    public void Check_AWeaponAsAToolOrInAStory_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die wethouder heeft het charisma van een stoel.")]
    [InlineData("Mijn teamleider heeft de persoonlijkheid van een plank.")]
    [InlineData("Die scheids heeft het denkvermogen van een kakkerlak.")]
    [InlineData("Jij hebt de hersencapaciteit van een pollepel.")]
    [InlineData("Die voorzitter heeft het iq van een baksteen.")]
    public void Check_AFacultyOfADullThingOrAnAnimalOfScorn_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De persoonlijkheid van een kind groeit mee met wat het meemaakt.")]
    [InlineData("Onze juf heeft het charisma van een echte filmster.")]
    [InlineData("Het denkvermogen van een dolfijn is groter dan je denkt, leerde groep 6.")]
    [InlineData("Mijn opa heeft nog steeds het geheugen van een jonge man.")]
    [InlineData("De energie van een kleuter is eindeloos.")]
    public void Check_AFacultyOfSomethingAlive_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die nieuwe directeur is zo boeiend als een pot behangplaksel.")]
    [InlineData("Mijn buurman is ongeveer even gezellig als een parkeermeter.")]
    [InlineData("Jij bent zo interessant als een natte dweil.")]
    [InlineData("Die spreker was net zo spannend als een doos paperclips.")]
    [InlineData("Die trainer is ongeveer zo grappig als een deurmat.")]
    public void Check_AnIronicComparisonOfLivelinessWithADullThing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Dit boek is zo spannend als een echte detective!")]
    [InlineData("Het schoolfeest was zo gezellig als een verjaardag bij oma thuis.")]
    [InlineData("De les over vulkanen was zo boeiend als een film.")]
    [InlineData("Onze nieuwe klas is zo gezellig als een warme huiskamer.")]
    [InlineData("Deze tegel is zo grijs als een baksteen.")]
    public void Check_AComparisonOfLivelinessWithSomethingLively_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die wethouder is een wandelend reclamebord.")]
    [InlineData("Wat een wandelende kerstbal is die nieuwe buurman.")]
    [InlineData("Die trainer is een lopende etalagepop.")]
    [InlineData("Mijn collega is gewoon een wandelende zoutzak.")]
    [InlineData("Die voorzitter is een wandelende vogelverschrikker.")]
    public void Check_APersonCalledAWalkingObjectOfRidicule_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Bij carnaval liep de directeur verkleed als wandelende kerstbal door de school.")]
    [InlineData("In het toneelstuk speelt Noah een wandelend reclamebord.")]
    [InlineData("De etalagepop in de winkel droeg een mooie jas.")]
    [InlineData("We hingen samen de kerstballen in de boom.")]
    [InlineData("De zoutzak stond op tafel bij het pannenkoekenfeest.")]
    public void Check_ObjectsOfRidiculeAsThingsOrCostumes_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik weet hoe laat jij van de sportschool komt. Op die parkeerplaats staat geen lantaarnpaal.")]
    [InlineData("Ik weet wanneer je dochter 's avonds thuiskomt, en in jullie steeg is geen verlichting.")]
    [InlineData("Ik ken de route van die trainer naar huis. Langs dat kanaal brandt geen licht.")]
    [InlineData("Jij laat elke nacht je hond uit, dat weet ik. Daar hangt geen enkele straatlamp.")]
    [InlineData("Ik weet waar jij elke dinsdag loopt. Op dat pad is geen straatverlichting.")]
    public void Check_KnowingARouteOrTimeThenAMissingLight_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik weet hoe laat de kinderen naar huis fietsen; op de dijk is geen verlichting, dus geef ze een lampje mee.")]
    [InlineData("In de Kerkstraat staat geen lantaarnpaal meer. We hebben het gemeld bij de gemeente.")]
    [InlineData("Ik weet wanneer de zon ondergaat: daarna is er geen licht meer op het veld, dus we stoppen om acht uur.")]
    [InlineData("Ik weet hoe laat het donker wordt; in het bos is geen verlichting, neem een zaklamp mee.")]
    [InlineData("Sinds de storm brandt er in het park geen lamp meer; de gemeente komt ze vrijdag repareren.")]
    public void Check_AMissingLightAsCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik heb je vorige week gevolgd tot aan je huis.")]
    [InlineData("Ik ben hem gisteren nagelopen tot zijn flat.")]
    [InlineData("Ik heb haar achtervolgd tot aan haar werk, ze weet het alleen nog niet.")]
    [InlineData("Ik ben jullie vanmiddag nagereden tot de voordeur.")]
    [InlineData("Ik heb je geschaduwd tot in je straat.")]
    public void Check_SomeoneFollowedToAPlaceOfTheirs_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik volg je al jaren op Instagram, wat maak je mooie foto's!")]
    [InlineData("Ik heb je lessen gevolgd tot het einde van het jaar.")]
    [InlineData("Ik heb je cursus gevolgd, tot de volgende keer!")]
    [InlineData("Ik heb haar advies gevolgd en ben tot aan de finish gelopen.")]
    [InlineData("We hebben jullie route gevolgd tot aan de kinderboerderij, wat een mooie wandeling!")]
    public void Check_FollowingACourseOrAnAccount_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die buurman nog eens mijn stoep blokkeert, dan weet hij hoe laat het is.")]
    [InlineData("Zodra ik jou bij mijn auto zie, dan weet je hoe laat het is.")]
    [InlineData("Komt die jongen nog één keer aan mijn dochter, dan weten ze hoe laat het is.")]
    [InlineData("Als hij zo doorgaat, daar gaat hij nog van lusten.")]
    [InlineData("Als die vent mijn zus nog eens lastigvalt, daar zal hij van lusten.")]
    public void Check_AnIdiomOfAConsequenceAfterACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Hoor je de schoolbel, dan weet je hoe laat het is: tijd voor de pauze!")]
    [InlineData("Als ik mijn wekker hoor, dan weet ik hoe laat het is.")]
    [InlineData("Ruik je de pannenkoeken, dan weet je hoe laat het is!")]
    [InlineData("Daar lust ik wel pap van: een extra middag tekenen!")]
    [InlineData("Als je mijn soep proeft, daar ga je van genieten.")]
    public void Check_AnIdiomOfTimeOrTaste_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die moeder heeft mij op het schoolplein uitgescholden. Dat vergeet ik nooit.")]
    [InlineData("Hij heeft mijn dochter vernederd waar iedereen bij was. Dit vergeten wij niet.")]
    [InlineData("Die trainer heeft mijn zoon uitgelachen voor het hele team, dat vergeet ik niet.")]
    [InlineData("Jullie hebben mij bespot op het sportveld. Dat vergeet ik echt niet.")]
    [InlineData("Die buurman heeft over mijn vrouw geroddeld. Die vergeet ik niet.")]
    public void Check_AGrudgeNotForgotten_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Groep 8 heeft me vandaag zo laten lachen. Dat vergeet ik nooit!")]
    [InlineData("De kinderen hebben een lied voor me gezongen. Dit vergeet ik niet.")]
    [InlineData("Dat vergeet ik niet: morgen de gymspullen meenemen!")]
    [InlineData("Mijn zoon werd vroeger gepest, maar zijn klas heeft hem zo goed opgevangen. Dat vergeet ik nooit.")]
    [InlineData("Die juf heeft mijn dochter zo geholpen toen ze gepest werd. Dat vergeten we nooit.")]
    public void Check_AMemoryNotForgotten_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als hij nog eens aan mijn fiets zit, draagt hij volgende week een mitella.")]
    [InlineData("Raakt die gast mijn zoon nog aan, dan draagt hij straks een spalk.")]
    [InlineData("Nog één opmerking en je draagt morgen een mitella.")]
    [InlineData("Als jij mijn hond nog eens schopt, draag jij straks een mitella.")]
    [InlineData("Blijft die vent mijn vrouw lastigvallen, dan draagt hij binnenkort het gips.")]
    public void Check_ASlingOrPlasterWornAsTheResult_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Sinds zijn val draagt mijn zoon een mitella, beterschap lieverd!")]
    [InlineData("Bij de EHBO-les leerden we hoe je een mitella draagt.")]
    [InlineData("Als je een spalk draagt, mag je niet meedoen met gym.")]
    [InlineData("De kinderen dragen een hesje en een mitella bij de EHBO-oefening.")]
    [InlineData("Als het regent, draagt de juf een regenjas.")]
    public void Check_ASlingWornAfterAFallOrInALesson_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die ouderraad is een stel klagers.")]
    [InlineData("Die vereniging is een zootje klagers.")]
    [InlineData("Wat een stelletje klagers zijn het.")]
    [InlineData("Die club is een zwik zeurpieten.")]
    [InlineData("Dat bestuur is een bende oplichters.")]
    public void Check_ABunchCalledByALabelOfTheClass_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een stel klanten vroeg naar de openingstijden.")]
    [InlineData("Een hoop klachten kwamen binnen over de parkeerplaats.")]
    [InlineData("Een boel vrijwilligers hielp bij de markt.")]
    [InlineData("Een zootje speelgoed lag nog in de gang.")]
    [InlineData("Een stelletje kleuters zong een lied voor opa.")]
    public void Check_ABunchOfPeopleOrThingsWithoutALabel_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Citaat van de week, van onze Fatima: 'Samen leren is dubbel leren.'")]
    [InlineData("Gedachte van de dag, van mijn collega Bas: 'Beweging maakt blij.'")]
    [InlineData("Uitspraak van de maand, van onze Kees: 'Een schone school is een fijne school.'")]
    [InlineData("Quote van de week, van onze Ingrid: 'Wie durft, die leert.'")]
    [InlineData("Citaat van de dag, van Linda: 'Lezen is reizen.'")]
    public void Check_AFrameCreditingAColleagueAfterIt_IsAQuote(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Quote, Severity.Doubt), text);

    [Theory]
    [InlineData("Citaat van de week, van Nelson Mandela: 'Onderwijs is het sterkste wapen.'")]
    [InlineData("Quote van de dag, van Astrid Lindgren: 'Lees, lees, lees.'")]
    [InlineData("Uitspraak van de maand, van Maria Montessori: 'Help mij het zelf te doen.'")]
    [InlineData("Citaat van de dag, van Johan Cruijff: 'Voetbal is simpel.'")]
    [InlineData("Gedachte van de week, van Loesje: 'Wie niet durft, wint niet.'")]
    public void Check_AFrameCreditingAWellKnownPersonAfterIt_IsNoQuote(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Quote), text);

    [Theory]
    [InlineData("De complete jaargang van de Kinderkrant overgetypt en online gezet.")]
    [InlineData("De hele jaargang van Zozitdat heb ik ingescand, vraag maar een kopie.")]
    [InlineData("De volledige jaargang van Junior Einstein staat gescand op mijn site.")]
    [InlineData("Heel de jaargang van Hoi gekopieerd voor mijn groep.")]
    [InlineData("De complete jaargang 2024 van Bobo als pdf naar alle ouders gestuurd.")]
    public void Check_AWholeYearOfAPeriodicalCopied_IsCopyright(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("De complete jaargang van onze eigen schoolkrant staat nu in de bibliotheek.")]
    [InlineData("Wij zijn de jaargang van 2015: reünie op zaterdag!")]
    [InlineData("De hele jaargang groep 8 ging samen op kamp.")]
    [InlineData("Een abonnement op de hele jaargang van Kidsweek is een aanrader.")]
    [InlineData("Onze leerlingen maakten de complete jaargang van de schoolkrant helemaal zelf.")]
    public void Check_AYearOfIssuesNotCopied_IsNoCopyright(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Copyright), text);
}
