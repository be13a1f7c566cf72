namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's nineteenth pass (rules15), each pattern in at least five sentences written for this test in
/// other words than the batches (other verbs, word order, person, tense, a subordinate clause), with the allowed side
/// beside it, judged by the rules alone: a threat to someone's property without a verb of damage (gone, no longer whole,
/// something through it or in it, "advice" to put it away), lying in wait with "opwachten", a group kept out with a place
/// of ours first or the author's will, the fear of being replaced, dated insult nouns, and titles without quotation marks.
/// </summary>
public class NineteenthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Wie nog eens aan mijn kind komt, vindt zijn auto nooit meer terug.")]
    [InlineData("Straks is haar scooter niet meer zo heel, reken maar.")]
    [InlineData("Als jij zo doorgaat, staat jouw mooie bakfiets er morgen niet meer zo netjes bij.")]
    [InlineData("Als die vader blijft bellen, heeft hij binnenkort geen hele voorruit meer.")]
    [InlineData("Wie aan mijn plek komt, heeft morgen geen banden meer.")]
    [InlineData("Als je zo doorgaat, vliegt er straks iets door jouw ruit.")]
    [InlineData("Vannacht komt er een tegel door zijn voorruit.")]
    [InlineData("Wie mij nog eens uitscheldt, vindt morgen iets smerigs in zijn brievenbus.")]
    [InlineData("Als ik jou was, zou ik die scooter vannacht maar binnen zetten.")]
    [InlineData("Zeg maar tegen je vader dat hij zijn auto beter in de garage kan zetten.")]
    public void Check_PropertyThreatenedWithoutAVerbOfDamage_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als je fiets niet meer rijdt, breng ik hem naar de fietsenmaker.")]
    [InlineData("Zet je fiets vannacht maar binnen, het gaat vriezen.")]
    [InlineData("Als ik jou was, zou ik mijn fiets maar binnen zetten: er zijn veel dieven bij het station.")]
    [InlineData("Als je niet thuis bent, ligt het pakketje morgen in je brievenbus.")]
    [InlineData("Als je wilt, leg ik de sleutel morgen in je brievenbus.")]
    [InlineData("Er vloog gisteren een bal door zijn ruit.")]
    [InlineData("Mijn oude auto staat er morgen niet meer, de sloper haalt hem op.")]
    [InlineData("Zet je auto straks maar in de garage, dan kan ik de oprit vegen.")]
    public void Check_PropertyCaredForToldOrDelivered_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("We wachten hem morgen na de les wel even op.")]
    [InlineData("Ik sta je zaterdag bij de kantine op te wachten.")]
    [InlineData("Vanavond wachten mijn vrienden en ik die invaller op bij zijn auto.")]
    [InlineData("Mijn maten staan die conciërge straks op te wachten.")]
    [InlineData("Zondag staan we jullie op te wachten bij het veld.")]
    public void Check_LyingInWaitWithOpwachten_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We wachten je morgen op bij het station met bloemen.")]
    [InlineData("Ik sta je zaterdag bij de finish op te wachten om je aan te moedigen.")]
    [InlineData("Ik stond gisteren een uur op je te wachten.")]
    [InlineData("Mijn moeder wacht je morgen op bij de bushalte.")]
    [InlineData("We wachten de nieuwe leerlingen maandag samen op bij de poort.")]
    public void Check_WaitingToWelcomeOrTold_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Morgen ben ik bij je op de zaak voor de reservesleutel.")]
    [InlineData("Vanmiddag sta ik bij jou op kantoor voor de nieuwe printer.")]
    [InlineData("Straks ben ik bij je op het werk voor een handtekening.")]
    [InlineData("Vrijdag ben ik bij jullie in de winkel voor een nieuwe jas.")]
    [InlineData("Vanavond sta ik bij je aan de deur voor de lege flessen.")]
    public void Check_VisitAtWorkToFetchSomething_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Morgen sta ik bij je op het werk voor de deur.")]
    [InlineData("Vanavond ben ik bij jou thuis, en niet voor de gezelligheid.")]
    public void Check_VisitAtAPlaceWithoutAThing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("In onze straat geen Polen meer.")]
    [InlineData("Op mijn school wil ik geen moslims meer.")]
    [InlineData("Bij ons in de wijk geen Marokkanen meer, punt.")]
    [InlineData("Ik wil geen vluchtelingen meer in dit dorp.")]
    [InlineData("Wij willen hier geen Roma meer.")]
    public void Check_GroupNoLongerWantedInOurPlace_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("In onze straat wonen geen Polen meer, ze zijn verhuisd.")]
    [InlineData("In onze wijk geen auto's meer op zondag.")]
    [InlineData("Ik wil geen Turkse pizza meer, ik zit vol.")]
    public void Check_WhoLivesWhereOrThings_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Al die Turken, over een paar jaar is dit geen Hollandse buurt meer.")]
    [InlineData("Met zoveel vluchtelingen wordt dit geen Nederlandse klas meer.")]
    [InlineData("Die Polen nemen ons dorp over.")]
    [InlineData("Moslims pakken ons alles af.")]
    [InlineData("De Marokkanen hebben de hele markt overgenomen.")]
    [InlineData("Straks zijn de asielzoekers hier de baas.")]
    public void Check_FearOfBeingReplacedByAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn dochter neemt de hele winkel over.")]
    [InlineData("Straks is dit geen grijze wijk meer, de muurschilders zijn begonnen.")]
    [InlineData("De Polen in onze straat nemen niet alles over, ze helpen juist.")]
    [InlineData("Wie zegt dat moslims alles overnemen, verspreidt onzin.")]
    [InlineData("Straks is de nieuwe trainer hier de baas.")]
    [InlineData("Binnenkort zijn de vrouwen de baas in het bestuur, en terecht.")]
    public void Check_TakeoverWithoutAGroupOrDenied_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die buurvrouw is een helleveeg.")]
    [InlineData("Zijn broer is een onnozelaar.")]
    [InlineData("Wat een gluiperd is die verhuurder.")]
    [InlineData("Die vent van de garage is een smerige ploert.")]
    [InlineData("De man van mijn zus is een leegloper.")]
    public void Check_PersonCalledADatedOrRegionalInsultNoun_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik ben zelf ook een pietlut met mijn agenda.")]
    [InlineData("In het boek is de helleveeg de stiefmoeder.")]
    [InlineData("Die zwelling in zijn hals is een klier, zei de dokter.")]
    public void Check_DatedInsultNounOfSelfFictionOrThing_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Vanavond draaien we de single Sukkel van een Belgische band.")]
    [InlineData("Op de setlist van de schoolband zaterdag: Idioten op het ijs, Zomer en Thuis.")]
    [InlineData("Het nummer Stomme ezel zit al de hele week in mijn hoofd.")]
    [InlineData("Programma van de musicalavond: 1. Welkom, 2. De domme reus, 3. Slotlied.")]
    [InlineData("Liedje van de week in de kleutergroep: Sukkeltje in de sneeuw.")]
    public void Check_TitleOfASongOrShowWithAnInsultWord_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Het nummer Klotezooi van die band staat op repeat.")]
    [InlineData("Programma van de bonte avond: 1. Opening, 2. Kutweer in Esveld, 3. Afsluiting.")]
    public void Check_TitleWithAProfanityWord_IsNoProfanity(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.Profanity));

    [Theory]
    [InlineData("Die zanger is een sukkel.")]
    [InlineData("Het nummer van die sukkel staat niet in de lijst.")]
    public void Check_InsultOutsideATitle_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Fact]
    public void Check_ProfanityOutsideATitle_IsProfanity() =>
        Assert.True(TestChecker.PersonalByRules("Wat een klotezooi in de keuken.", "kees.dekker").Has(Categories.Profanity));
}
