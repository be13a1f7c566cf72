namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-seventh pass (rules23), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: someone knocked "ernaast"
/// or lying somewhere with "ze" or the pronoun first, new glasses or teeth and artificial parts as a result, first aid
/// brought, another's house burned to the ground, a phrase of finding then a dismissal by prayer, a diminutive after an
/// adjective of scorn, people named by a deed as targets, and a saying quoted from a team meeting.
/// </summary>
public class TwentySeventhPassRules23PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die buurvrouw nog één keer aan mijn brievenbus zit, ligt ze op de stoep voor ze het weet.")]
    [InlineData("Komt die jongen nog eens aan mijn scooter, dan ligt hij ernaast.")]
    [InlineData("Als jij nog eens aan mijn dochter komt, lig jij ernaast voor je het doorhebt.")]
    [InlineData("Die vent moet oppassen: nog één keer over mijn hek en hij ligt in de berm.")]
    [InlineData("Als ze nog eens mijn fiets sloopt, zit ze straks in het gips.")]
    public void Check_SomeoneKnockedOverAfterACondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zet de fiets op slot, anders ligt hij ernaast als het waait.")]
    [InlineData("Mijn dochter viel van het klimrek en lag ernaast voor ze het wist.")]
    [InlineData("Onze kat ligt de hele middag op de vloer in de zon.")]
    [InlineData("Als ik moe ben, lig ik om negen uur al op de bank.")]
    [InlineData("Hij ligt in een deuk als mijn dochter haar grappen vertelt.")]
    public void Check_LyingAsRestOrMishap_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die gozer nog één keer aan mijn dochter zit, mag hij een nieuwe bril gaan uitzoeken.")]
    [InlineData("Komt die man nog eens op mijn erf, dan kan hij nieuwe tanden bestellen.")]
    [InlineData("Raakt hij mijn zoon nog eens aan, dan heeft hij straks een nieuwe bril nodig.")]
    [InlineData("Als die vent nog eens aan mijn auto komt, loopt hij voortaan met een houten been.")]
    [InlineData("Nog één grap over mijn moeder en die jongen heeft meer nodig dan een ijszak.")]
    public void Check_NewGlassesTeethOrAnArtificialPartAsTheResult_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Deze maand bij de opticien: een nieuwe bril uitzoeken met korting voor alle leerkrachten.")]
    [InlineData("Mijn bril is kapot, dus ik ga morgen een nieuwe bril bestellen.")]
    [InlineData("In de musical heeft de piraat een houten been en een ooglapje.")]
    [InlineData("Voor een geslaagd schoolkamp is meer nodig dan een pleister en een zaklamp, dus lees de paklijst goed.")]
    [InlineData("Als je je bril kwijt bent, kun je bij de opticien een nieuwe bril laten aanmeten.")]
    public void Check_GlassesAndPartsAsShoppingOrPlay_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Neem maar vast wat pleisters mee als je vanavond weer bij mijn huis rondhangt.")]
    [InlineData("Als die knul nog eens aan mijn brommer zit, dan neemt hij beter een zwachtel mee.")]
    [InlineData("Breng maar een ijszak mee als je nog eens over mijn zoon begint.")]
    [InlineData("Als jullie nog eens mijn tuin vernielen, pak dan alvast de verbandtrommel in.")]
    [InlineData("Die buurman neemt straks beter wat pleisters mee als hij weer aan mijn heg komt.")]
    public void Check_FirstAidBroughtForSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Neem voor het kamp een paar pleisters mee, er wordt veel geklommen.")]
    [InlineData("Als je met mijn groep op excursie gaat, neem dan wat pleisters mee.")]
    [InlineData("Breng jij morgen de verbanddoos mee naar de sportdag?")]
    [InlineData("Ik neem altijd een ijszak mee naar de training van mijn zoon.")]
    [InlineData("Pak de pleisters in de EHBO-tas in, dan zijn we klaar voor het uitje.")]
    public void Check_FirstAidForATripOrATraining_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die huisbaas ons eruit gooit, brandt zijn schuur tot de grond toe af.")]
    [InlineData("Gaat die vent nog eens tekeer tegen mijn vrouw, dan brandt hun huis af.")]
    [InlineData("Nog één klacht van die buren en hun garage brandt tot de grond toe af.")]
    [InlineData("Als hij zo doorgaat, brandt zijn caravan nog eens af.")]
    [InlineData("Zegt ze nog iets over mijn kinderen, dan brandt haar auto tot de grond af.")]
    public void Check_AnothersHouseBurnedToTheGround_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vannacht brandde de schuur van de boer tot de grond toe af.")]
    [InlineData("Hun huis brandde in 2019 tot de grond toe af, daarom zamelen we geld in.")]
    [InlineData("Als je kaarsen laat branden, brandt je huis zo af; blaas ze dus uit.")]
    [InlineData("Gelukkig kon de brandweer voorkomen dat zijn garage tot de grond toe afbrandde.")]
    [InlineData("In het verhaal brandt zijn kasteel tot de grond toe af als de draak boos wordt.")]
    public void Check_HousesBurnedAsNewsWarningOrStory_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik vind jou heus wel, en dan mag je bidden.")]
    [InlineData("Die vent vind ik wel. Laat hem maar een schietgebed doen.")]
    [InlineData("We komen jullie nog wel tegen op het plein, dan kunnen jullie gaan bidden.")]
    [InlineData("Ik spoor hem heus op. Hij mag vast beginnen met bidden.")]
    [InlineData("Ik vind je heus wel terug, en dan kun je maar beter een schietgebed doen.")]
    public void Check_FindingThenADismissalByPrayer_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik vind je wel bij de ingang, dan lopen we samen naar binnen.")]
    [InlineData("Ik vind je echt een topper, bedankt voor vandaag!")]
    [InlineData("We komen je wel tegen bij de kerk, en dan bidden we samen voor de zieken.")]
    [InlineData("Ik weet je te vinden als ik vragen heb; laten we zondag samen bidden voor opa.")]
    [InlineData("Op de bijbelclub leren de kinderen bidden en zingen; ik vind je wel op het plein om je op te halen.")]
    public void Check_FindingAsMeetingOrPrayingTogether_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die conciërge is echt een dom ezeltje.")]
    [InlineData("Wat een laf konijntje is die wethouder.")]
    [InlineData("Mijn buurman is een zielig hondje dat alleen kan blaffen.")]
    [InlineData("Die trainer blijft een sneu vogeltje.")]
    [InlineData("Wat een arrogant kuikentje is die nieuwe coach.")]
    public void Check_DiminutiveAfterAnAdjectiveOfScorn_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wat een lief muisje is dat, zei de juf tegen de kleuters.")]
    [InlineData("In het verhaal is de slak een sloom slakje dat toch wint.")]
    [InlineData("Mijn dochter is een schattig muisje in de kerstmusical.")]
    [InlineData("Die kleuter is een lief klein konijntje met haar oortjes op.")]
    [InlineData("De knuffel van mijn zoon is een zielig hondje met één oor.")]
    public void Check_DiminutiveFondOrInAStory_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die dwarsligger van de ouderraad mag van mij levend geroosterd worden.")]
    [InlineData("Die muggenzifter is een verwaande kalkoen.")]
    [InlineData("Wat een opgeblazen pauw is die querulant.")]
    [InlineData("Die kletsmajoor van de buurtapp is een gluiperige slang.")]
    [InlineData("Die klokkenluider is een ijdele pauw.")]
    public void Check_PersonNamedByADeedAsTarget_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De klokkenluider kreeg een prijs voor zijn moed.")]
    [InlineData("Ik was vroeger een echte wijsneus, zegt mijn moeder.")]
    [InlineData("Die dwarsligger op het spoor moet vervangen worden.")]
    [InlineData("De opschepper in het toneelstuk werd heel grappig gespeeld.")]
    [InlineData("Onze klikspaan-poster leert kinderen het verschil tussen klikken en hulp vragen.")]
    public void Check_PersonNamedByADeedWithoutScorn_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Zoals Karin zei in de teamvergadering: 'Elke leerling verdient een goede start.'")]
    [InlineData("Tijdens de teamvergadering zei Tom: 'Wie leest, groeit.'")]
    [InlineData("Eva zei het al in de teamvergadering: 'Kleine stappen, grote sprongen.'")]
    [InlineData("In de teamvergadering zei Jeroen: 'Een rustige klas begint bij een rustige juf.'")]
    [InlineData("Zoals Noor zei tijdens de personeelsvergadering: 'Kinderen eerst.'")]
    public void Check_SayingQuotedFromATeamMeeting_IsAQuoteNotConfidential(string text)
    {
        var result = TestChecker.School(text);
        Assert.True(result.Has(Categories.Quote, Severity.Doubt), text);
        Assert.False(result.Has(Categories.Confidential), text);
    }

    [Theory]
    [InlineData("Uit de teamvergadering: de formatie voor volgend jaar is nog onzeker, maar er gaan twee collega's weg.")]
    [InlineData("Zoals Karin zei in de teamvergadering: 'De fusie is rond, maar het wordt nog niet bekendgemaakt.'")]
    [InlineData("Hier de notulen van de teamvergadering van gisteren: punt 3 gaat over ontslagen.")]
    [InlineData("In de teamvergadering werd besloten dat groep 8 volgend jaar wordt opgeheven; de ouders weten het nog niet.")]
    [InlineData("Tijdens de teamvergadering zei Tom: 'Het besluit over de sluiting wordt pas in juni bekendgemaakt.'")]
    public void Check_MeetingNewsNotYetPublic_StaysConfidential(string text) =>
        Assert.True(TestChecker.School(text).Has(Categories.Confidential, Severity.Block), text);
}
