namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-ninth pass (rules25), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: knowing someone's route or
/// time then a lonely place, a consequence phrase after a condition with "dan", a meeting announced after a grudge, a
/// faculty "van een" dull thing, a person called a walking sleeping pill, a bunch called by a label, a patch or a waiting
/// room as the result, another's property "in rook op", quotes credited by a thought or a saying of the day, and a whole
/// work "in één pdf".
/// </summary>
public class TwentyNinthPassRules25PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Ik weet hoe laat jouw vrouw van haar werk komt. Die parkeergarage is 's nachts helemaal verlaten.")]
    [InlineData("Ik ken de route van die meester naar huis, en dat laatste stuk langs de dijk is aardedonker.")]
    [InlineData("Ik weet wanneer jij 's avonds gaat joggen. Op dat pad hoort niemand je.")]
    [InlineData("Ik weet waar je zoon elke zaterdag traint; het veld erachter is afgelegen en onverlicht.")]
    [InlineData("Elke donderdag loop jij om tien uur door het bos, dat weet ik. Daar ziet niemand wat er gebeurt.")]
    public void Check_KnowingARouteOrTimeThenALonelyPlace_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik weet hoe laat de kinderen uit de sporthal komen; het is dan al donker, dus we lopen samen met ze mee.")]
    [InlineData("Ik ken de route van de schoolreis goed: het bos is daar afgelegen en prachtig.")]
    [InlineData("Ik weet wanneer de bus vertrekt, het is 's ochtends nog donker, zorg voor een jas met reflectie.")]
    [InlineData("De wandelroute van de avondvierdaagse gaat door een verlaten natuurgebied, echt een aanrader.")]
    [InlineData("Ik weet hoe laat de zon ondergaat; daarna is het donker, dus neem een zaklamp mee naar het kampvuur.")]
    public void Check_KnowingARouteWithCareOrPraise_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als ik die gast nog eens bij mijn huis zie, dan zal hij het bezuren.")]
    [InlineData("Zodra ik jou op straat zie, dan weet je wat jou te wachten staat.")]
    [InlineData("Raak jij nog één keer mijn dochter aan, dan maak je echt iets mee.")]
    [InlineData("Als die buurvrouw weer over mijn hek klimt, dan kan ze wat beleven.")]
    [InlineData("Komt die man nog eens aan mijn brommer, dan zal hij het voelen.")]
    public void Check_AConsequencePhraseAfterAConditionWithDan_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als je naar de brugklas gaat, dan weet je wat je te wachten staat: nieuwe vakken en nieuwe vrienden.")]
    [InlineData("Kom naar de open dag, dan weet je wat je te wachten staat in groep 1.")]
    [InlineData("Als je een keer meegaat op kamp, dan maak je wat mee!")]
    [InlineData("Train elke week, dan zul je het merken op het sportveld.")]
    [InlineData("Als je het boek uitleest, dan kun je wat beleven: een avontuur vol draken.")]
    public void Check_AConsequencePhraseInAProgrammeOrPepTalk_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die vader heeft mijn dochter uitgescholden. We spreken elkaar nog wel.")]
    [InlineData("Jij hebt mijn fiets vernield. Wij zien elkaar nog.")]
    [InlineData("Die trainer heeft mijn zoon gepest waar iedereen bij was. We treffen elkaar nog wel.")]
    [InlineData("Iemand heeft mijn schuur bekrast en ik weet wie. We zien elkaar nog.")]
    [InlineData("Die leugenaar heeft over mij geroddeld. Wij spreken elkaar nog wel.")]
    public void Check_AMeetingAnnouncedAfterAGrudge_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Fijne vakantie allemaal, we zien elkaar nog op de afscheidsavond!")]
    [InlineData("Mijn fiets is gestolen, maar ik heb een nieuwe. We spreken elkaar nog bij de koffie.")]
    [InlineData("Bedankt voor de gezellige middag, we zien elkaar nog wel.")]
    [InlineData("De vergadering is afgelopen; we spreken elkaar nog volgende week.")]
    [InlineData("Ik heb je mail gelezen. We spreken elkaar nog morgen.")]
    public void Check_AMeetingAsADate_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die scheidsrechter heeft het verstand van een bloempot.")]
    [InlineData("Mijn nieuwe collega heeft de humor van een bezemsteel.")]
    [InlineData("Die vent heeft echt de charme van een oude sok.")]
    [InlineData("Die wethouder heeft de uitstraling van een kapstok.")]
    [InlineData("Jij hebt de fantasie van een boterham.")]
    public void Check_AFacultyOfADullThing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Oma heeft de wijsheid van een uil en het hart van een leeuw.")]
    [InlineData("Dit café heeft de charme van een oude boerderij.")]
    [InlineData("De uitstraling van een schoolplein zegt veel over de school.")]
    [InlineData("Het verstand van een baby groeit razendsnel.")]
    [InlineData("Het kasteel heeft de uitstraling van een sprookje.")]
    public void Check_AFacultyOfSomethingAlive_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die nieuwe voorzitter is een wandelende slaappil.")]
    [InlineData("Wat een lopende kapstok is die man.")]
    [InlineData("Die spreker was een wandelend kalmeringsmiddel.")]
    [InlineData("Mijn buurman is een lopende valium.")]
    [InlineData("Die trainer is gewoon een wandelende bezemsteel.")]
    public void Check_APersonCalledAWalkingSleepOrDullThing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("In de biologieles keken we naar een wandelende tak.")]
    [InlineData("De dokter legde uit dat je een slaappil niet zomaar mag nemen.")]
    [InlineData("Valium is een medicijn dat alleen een arts mag voorschrijven.")]
    [InlineData("We zagen een lopende band in de fabriek.")]
    [InlineData("Bij carnaval verkleedde hij zich als wandelende kapstok.")]
    public void Check_WalkingThingsAndPillsInALessonOrCostume_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die ouderraad is een stel drammers.")]
    [InlineData("Wat een zootje zeurkonten zitten er in dat bestuur.")]
    [InlineData("Dat team is een boel mopperaars.")]
    [InlineData("Die buren zijn een stelletje lastpakken.")]
    [InlineData("Die commissie is een hoop kankeraars.")]
    public void Check_ABunchCalledByALabel_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een hoop werk, maar het resultaat mag er zijn.")]
    [InlineData("Een stel ouders bakte taarten voor de markt.")]
    [InlineData("Een boel kinderen deed mee aan de voorleeswedstrijd.")]
    [InlineData("Een zootje oude stoelen staat nog in de gang.")]
    [InlineData("Een stelletje vrijwilligers heeft de tuin gewied.")]
    public void Check_ABunchOfWorkOrHelpers_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die gast nog eens aan mijn zus zit, loopt hij morgen met een pleister op zijn kin.")]
    [InlineData("Nog één opmerking over mijn moeder en hij loopt met een doekje voor zijn neus.")]
    [InlineData("Raakt ze mijn kind nog aan, dan loopt ze straks met een lapje voor haar oog.")]
    [InlineData("Als die vent mijn auto weer bekrast, loopt hij straks met een lapje over zijn oog.")]
    [InlineData("Komt hij nog eens aan mijn fiets, dan loopt hij met een pleister op zijn wang.")]
    public void Check_APatchOnAnothersBodyAsTheResult_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na de val op het plein liep mijn dochter met een pleister op haar knie.")]
    [InlineData("Als ik kook, sta ik met een doekje over mijn schouder.")]
    [InlineData("Als je moet hoesten, houd dan een zakdoek voor je mond, dat vraag ik aan alle kinderen.")]
    [InlineData("Mijn zoon liep een week met een lapje voor zijn oog tegen zijn lui oog.")]
    [InlineData("Tijdens de EHBO-les oefenden we hoe je een verband om zijn arm legt.")]
    public void Check_APatchAsCareOrOnTheAuthor_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die jongen nog eens aan mijn zoon komt, mag hij in de wachtkamer van de SEH gaan zitten.")]
    [InlineData("Nog één keer zo'n opmerking over mijn vrouw en die man kan een stoel in de wachtkamer van de tandarts reserveren.")]
    [InlineData("Als hij mijn dochter weer uitlacht, zit hij vanavond in de wachtkamer van de eerstehulp.")]
    [InlineData("Blijft die vent mijn vrouw lastigvallen, dan kan hij alvast in de wachtkamer bij de kaakchirurg plaatsnemen.")]
    [InlineData("Als je nog eens aan mijn auto zit, mag je een plekje in de wachtkamer van het ziekenhuis reserveren.")]
    public void Check_AWaitingRoomOfACarePlaceAsTheResult_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De wachtkamer van de tandarts is opnieuw geschilderd door groep 8.")]
    [InlineData("Als je naar de huisartsenpost moet, is de wachtkamer van de huisartsenpost open tot tien uur.")]
    [InlineData("Groep 4 ging op bezoek en speelde in de wachtkamer van de fysiotherapeut.")]
    [InlineData("Mijn dochter zat vanmiddag met kiespijn in de wachtkamer van de tandarts.")]
    [InlineData("Als je een afspraak hebt, wacht dan in de wachtkamer van de orthodontist.")]
    public void Check_AWaitingRoomAsNewsOrCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die huisbaas ons eruit zet, gaat zijn villa in rook op.")]
    [InlineData("Komt hij nog eens aan mijn kinderen, dan gaat zijn garage in rook op.")]
    [InlineData("Nog één leugen over mijn vrouw en haar schuurtje gaat in rook op.")]
    [InlineData("Als jij zo doorgaat, gaat je auto straks in rook op.")]
    [InlineData("Blijven ze mijn hond pesten, dan gaat hun tuinhuis in rook op.")]
    public void Check_AnothersPropertyGoingUpInSmoke_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Gisteravond ging hun schuur in rook op door kortsluiting.")]
    [InlineData("Onze pannenkoeken gingen bijna in rook op.")]
    [InlineData("Zijn huis ging in de oorlog in rook op.")]
    [InlineData("De brandweer was er snel, maar zijn schuur ging toch in rook op.")]
    [InlineData("Als je kaarsen vergeet, gaat je huis zo in rook op.")]
    public void Check_SmokeAsNewsOrAJoke_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Mooie gedachte van Bas: 'Elk kind kan iets.'")]
    [InlineData("Uitspraak van de dag (Karin): 'Samen maken we de school.'")]
    [InlineData("Wijze woorden van Noor: 'Geduld wint altijd.'")]
    [InlineData("Gedachte van de week, van Linda: 'Lezen opent deuren.'")]
    [InlineData("Inspirerende woorden van Tom: 'Fouten zijn kansen.'")]
    public void Check_AQuoteCreditedToAColleagueByAThoughtOrASaying_IsAQuote(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Quote, Severity.Doubt), text);

    [Theory]
    [InlineData("Mooie gedachte van Annie M.G. Schmidt: 'Ik ben lekker stout.'")]
    [InlineData("Uitspraak van de week, van Albert Einstein: 'Fantasie is belangrijker dan kennis.'")]
    [InlineData("Wijze woorden van Confucius: 'Wie leert, leeft.'")]
    [InlineData("Gedachte van de dag van Johan Cruijff: 'Elk nadeel heb z'n voordeel.'")]
    [InlineData("Mooie woorden van Nelson Mandela: 'Onderwijs is het krachtigste wapen.'")]
    public void Check_AThoughtOfAWellKnownPerson_IsNoQuote(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Quote), text);

    [Theory]
    [InlineData("De hele methode Pluspunt groep 5 in één pdf, stuur me een mail.")]
    [InlineData("Het complete werkboek van Blink in een pdf gezet voor iedereen.")]
    [InlineData("Alle toetsen van Taal Actief in één pdf, gratis te downloaden.")]
    [InlineData("Heel de lessenserie van Nieuwsbegrip in één pdf voor de collega's.")]
    [InlineData("De volledige handleiding van Staal in één pdf bij elkaar gezet.")]
    public void Check_AWholeWorkBundledInOnePdf_IsCopyright(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Mijn eigen werkbladen over breuken in één pdf, gebruik ze gerust.")]
    [InlineData("Alle notulen van de ouderraad in één pdf op de site.")]
    [InlineData("De hele planning van het schooljaar in één pdf.")]
    [InlineData("Alle foto's van de schoolreis in één pdf voor de ouders.")]
    [InlineData("Het hele rooster in één pdf, handig!")]
    public void Check_OwnWorkOrNoWorkInOnePdf_IsNoCopyright(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Copyright), text);
}
