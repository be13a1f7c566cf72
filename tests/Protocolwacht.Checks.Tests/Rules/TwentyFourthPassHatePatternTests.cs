namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-fourth pass (rules20), each pattern in five sentences written for this test in other
/// words than the batches (other verbs, word order, tense, person, a demonstrative, a question, a conditional), with five
/// allowed look-alikes beside it, judged by the rules alone: an appointment at a care place told as advice, the remedy
/// as a noun, an ultimatum counted in digits, a perfect told as a result to come, cutting verbs with a particle, a
/// survival idiom said of a person, knowing followed by a warning in the next sentence, being alone made dangerous, a
/// group called a gang by a compound's last part, a person compared to an animal, and a first name that is also a word.
/// </summary>
public class TwentyFourthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Die scheids mag vast een afspraakje maken bij de tandarts.")]
    [InlineData("Reserveer jij maar alvast een bed in het ziekenhuis, vriend.")]
    [InlineData("Die buurman kan vast een bezoek aan de huisartsenpost plannen.")]
    [InlineData("Die conciërge mag alvast een plekje regelen op de EHBO.")]
    [InlineData("Regel maar vast een afspraak bij de orthodontist, gozer.")]
    public void Check_CarePlaceAsAdvice_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Maak alvast een afspraak bij de tandarts voor de controle in maart.")]
    [InlineData("Ouders kunnen vast een afspraak maken bij de schoolarts voor het gesprek.")]
    [InlineData("Ik heb alvast een afspraak bij de fysiotherapeut voor mijn rug.")]
    [InlineData("De EHBO-cursus begint alvast in september.")]
    [InlineData("We hebben vast een plekje gereserveerd in het restaurant.")]
    public void Check_CarePlaceWithItsReason_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die trainer heeft morgen een ambulance nodig.")]
    [InlineData("Als hij zo doorgaat, heeft die invaller binnenkort een rolstoel nodig.")]
    [InlineData("Nog één keer en die gast heeft een kunstgebit nodig.")]
    [InlineData("Die scheidsrechter boekt volgende week een gipsvlucht als hij zo blijft fluiten.")]
    [InlineData("Jij hebt straks een nieuwe neus nodig, mannetje.")]
    public void Check_RemedyAsANoun_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De kat had na de operatie twee hechtingen nodig.")]
    [InlineData("Na de val kreeg de buurman een rolstoel.")]
    [InlineData("Voor de excursie hebben we een nieuwe bus nodig.")]
    [InlineData("Veel skiërs zaten vorig jaar in de gipsvlucht.")]
    [InlineData("De ambulance stond gisteren bij de school voor een voorlichting.")]
    public void Check_RemedyAsNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Nog 1x zo'n streek en die jongen ligt op de SEH.")]
    [InlineData("Nog 2 keer zo'n mailtje en die vader ligt in het gips.")]
    [InlineData("Nog 1 keertje zo'n grap en die invaller kan naar de EHBO.")]
    [InlineData("Nog 3x zo'n opmerking over mijn kind en die trainer loopt op krukken.")]
    [InlineData("Nog 2x die grote mond en die vent ligt op de eerste hulp.")]
    public void Check_UltimatumCountedInDigits_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Nog 2 keer slapen en dan gaan we naar de EHBO-les.")]
    [InlineData("Nog 1x oefenen en dan kunnen de kinderen hun diploma halen.")]
    [InlineData("Nog 3x zwemmen en dan is het vakantie.")]
    [InlineData("Nog 1 keer de tafels oefenen en dan zijn we klaar.")]
    [InlineData("Nog 2x naar de tandarts en dan is de beugel eruit.")]
    public void Check_CountdownInDigits_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Straks heeft die vent zijn neus gebroken, let maar op.")]
    [InlineData("Binnenkort heeft die trainer zijn pols gekneusd.")]
    [InlineData("Die scheidsrechter zal zijn vingers wel gebroken hebben, volgende week.")]
    [InlineData("Voor je het weet heeft die gozer zijn kaak gebroken.")]
    [InlineData("Morgen heeft deze buurman zijn arm gebroken, geloof me.")]
    public void Check_PerfectToldAsAResultToCome_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Gisteren heeft die vent zijn arm gebroken bij het voetballen.")]
    [InlineData("Voor je het weet heeft die trainer de beker gewonnen.")]
    [InlineData("Die scheidsrechter heeft na een ongeluk zijn pols gebroken.")]
    [InlineData("Straks heeft de kleuter zijn jas aangetrokken.")]
    [InlineData("Vorige week heeft die buurman zijn enkel verstuikt.")]
    public void Check_PerfectAsNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik snij die gast zijn keel door.")]
    [InlineData("Die vent snijd ik zijn oren eraf.")]
    [InlineData("We snijden die trainer de keel door als hij zo doorgaat.")]
    [InlineData("Ik snij hem de neus af, die buurman.")]
    [InlineData("Die pestkop snij ik zo z'n tong af.")]
    public void Check_CuttingWithAParticle_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Snij het brood door en smeer er boter op.")]
    [InlineData("Ik snij de kop van de vis af voor de soep.")]
    [InlineData("De kapper snijdt de punten van het haar af.")]
    [InlineData("Snijd de appel doormidden en haal het klokhuis eruit.")]
    [InlineData("De kinderen snijden de taart door voor de juf.")]
    public void Check_CuttingFood_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die trainer haalt de kerst niet.")]
    [InlineData("Die vent van hiernaast haalt het weekend niet, geloof me.")]
    [InlineData("Als hij zo doorgaat, haalt die scheids de herfstvakantie niet.")]
    [InlineData("Jij haalt de zomervakantie niet, vriend.")]
    [InlineData("Die buurman haalt de jaarwisseling niet als ik hem tegenkom.")]
    public void Check_SurvivalIdiomOfAPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die tomatenplant haalt de herfst niet.")]
    [InlineData("Onze oude printer haalt de kerst niet meer.")]
    [InlineData("Deze korting haalt het weekend niet.")]
    [InlineData("Mijn opa haalt de zomer helaas niet, hij is erg ziek.")]
    [InlineData("Het ijs op de vijver haalt het weekend niet.")]
    public void Check_SurvivalIdiomOfAThing_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik weet waar die scheidsrechter werkt. Hij hoort nog van me.")]
    [InlineData("Ik ken de straat van die trainer. Die zal nog van mij horen.")]
    [InlineData("Die buurman woont op nummer 12 in de Dorpsstraat. Dat weet hij nu ook.")]
    [InlineData("Ik weet bij welk bedrijf die vader werkt. Hij hoort nog van mij.")]
    [InlineData("Die invaller traint elke dinsdag bij de hockeyclub. Dat weet hij nou ook.")]
    public void Check_KnowingThenAWarningInTheNextSentence_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We weten waar de nieuwe sporthal komt. Je hoort nog van ons.")]
    [InlineData("Ik weet waar de trainer werkt. Hij hoort nog van me over de offerte.")]
    [InlineData("Ik ken die fotograaf goed. Bedankt voor de mooie foto's!")]
    [InlineData("De nieuwe conciërge woont in het dorp. Dat is handig voor de sleutels.")]
    [InlineData("Weet jij al waar de schoolreis heen gaat? Ik hoor het graag.")]
    public void Check_KnowingThenNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die trainer moet maar niet in z'n eentje naar de kantine gaan.")]
    [InlineData("Die scheidsrechter kan beter niet meer alleen naar de parkeerplaats lopen.")]
    [InlineData("Als ik die invaller was, zou ik niet meer alleen naar huis fietsen.")]
    [InlineData("Die buurman moet maar niet in zijn uppie over de dijk fietsen.")]
    [InlineData("Die vader kan maar beter niet meer alleen over straat.")]
    public void Check_BeingAloneMadeDangerous_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Kleuters gaan niet in hun eentje naar de wc.")]
    [InlineData("Bij gladheid kun je beter niet alleen over de dijk fietsen.")]
    [InlineData("Na de voorstelling lopen de kinderen niet alleen naar huis.")]
    [InlineData("Onze juf woont sinds kort alleen en fietst elke dag naar school.")]
    [InlineData("De leerlingen werken deze week in hun eentje aan het project.")]
    public void Check_BeingAloneAsCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Marokkanen in de flat zijn een dievenbende.")]
    [InlineData("Roemenen zijn één grote boevenbende.")]
    [InlineData("Die Polen hier zijn een roversbende.")]
    [InlineData("Turken zijn allemaal dronkenlappen.")]
    [InlineData("Bulgaren zijn stuk voor stuk sjacheraars.")]
    public void Check_GroupCalledAGang_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De politie rolde een boevenbende op die auto's stal.")]
    [InlineData("Marokkanen zijn vaak slachtoffer van een dievenbende.")]
    [InlineData("Polen zijn geen dronkenlappen, dat is een vooroordeel.")]
    [InlineData("In het toneelstuk speelt groep 8 een boevenbende.")]
    [InlineData("Niet elke Roemeen is een dief, de meesten werken gewoon hard.")]
    public void Check_GangsElsewhere_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die meester waggelt als een pinguïn door de klas.")]
    [InlineData("Die buurman vreet als een varken.")]
    [InlineData("De nieuwe conciërge stinkt als een bok.")]
    [InlineData("Die trainer zit erbij als een nijlpaard.")]
    [InlineData("Die buurvrouw snurkt als een walrus.")]
    public void Check_PersonComparedToAnAnimal_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De kinderen liepen als een rij eendjes achter de juf aan.")]
    [InlineData("Onze kleuters waren verkleed als een olifant voor carnaval.")]
    [InlineData("In het verhaal eet de reus als een varken.")]
    [InlineData("De nieuwe bus is zo breed als een olifant.")]
    [InlineData("Het biggetje op de kinderboerderij eet als een varken.")]
    public void Check_AnimalComparisonOfThingsOrFondly_IsNoInsult(string text) => Assert.Null(Harm(text));

    private static Severity? Personal(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.PersonalData);

    [Theory]
    [InlineData("Gisteren is Wolf uit groep 6 van zijn fiets gevallen en nu heeft hij een gebroken arm.")]
    [InlineData("Vandaag is Haas uit mijn klas met een hersenschudding naar huis gegaan.")]
    [InlineData("Volgens de juf heeft Wolf van groep 3 sinds kort ADHD.")]
    [InlineData("Helaas is Haas uit groep 5 geschorst na de ruzie op het plein.")]
    [InlineData("Deze week is Wolf uit mijn groep met een gekneusde pols thuisgebleven.")]
    public void Check_FirstNameThatIsAWordWithItsClass_Blocks(string text) => Assert.Equal(Severity.Block, Personal(text));

    [Theory]
    [InlineData("De wolf uit het prentenboek at zes geitjes op.")]
    [InlineData("Gisteren las de juf over een haas uit het bos die zijn poot had gebroken.")]
    [InlineData("Vandaag speelde groep 6 het verhaal van de Wolf en de zeven geitjes.")]
    [InlineData("In het boek heeft de wolf een gebroken poot.")]
    [InlineData("Werk uit groep 6 hangt deze week in de hal.")]
    public void Check_ClassWordWithoutAName_IsNoPersonalData(string text) => Assert.Null(Personal(text));
}
