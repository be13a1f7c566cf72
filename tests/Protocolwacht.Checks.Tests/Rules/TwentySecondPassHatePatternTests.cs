namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-second pass (rules18), each pattern in five sentences written for this test in other
/// words than the batches (other verbs, word order, person, a demonstrative, a question, a conditional), with five
/// allowed look-alikes beside it, judged by the rules alone: a body part of someone else pulled, twisted or knocked out
/// (any verb of force, the particle anywhere in the clause), veiled threats about someone's things (hoping nothing
/// happens, enjoying it while it lasts, "maar beter" minding it, asked whether one knows where it is), a noun of tyranny
/// or crime pointed at a school role without a copula, assurances and conditions before a result on the body, and an
/// animal answer to a question that is no dehumanising predicate.
/// </summary>
public class TwentySecondPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die jongen nog eens aan mijn fiets zit, trek ik zijn haren eruit.")]
    [InlineData("Ik wring die vent zijn nek om als ik hem tegenkom.")]
    [InlineData("Zijn vingers breek ik eraf als hij nog één keer aan mijn dochter zit.")]
    [InlineData("Die scheidsrechter ruk ik zijn oren van zijn hoofd.")]
    [InlineData("We draaien die pestkop zijn nek om, let maar op.")]
    public void Check_BodyPartTornOff_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik draaide mijn hoofd om en zag de regenboog boven het plein.")]
    [InlineData("De tandarts trekt morgen twee melktanden van mijn zoon eruit.")]
    [InlineData("Bij handvaardigheid trekken we de draadjes eruit en beginnen we opnieuw.")]
    [InlineData("Ik trek mijn jas uit en ga lekker zitten.")]
    [InlineData("Draai je hoofd even om, dan maak ik een foto van je vlecht.")]
    public void Check_OwnBodyOrThingsPulled_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die buurman moet maar hopen dat er niets met zijn caravan gebeurt.")]
    [InlineData("Ze hoopt maar dat er niks met haar auto gebeurt als ze zo doorgaat.")]
    [InlineData("Prachtige camper heeft die wethouder. Laat hem er nog maar even van genieten.")]
    [InlineData("Die leraar kan maar beter goed op zijn auto letten.")]
    [InlineData("Weet jij waar je fiets vannacht staat? Pas er maar goed op.")]
    public void Check_VeiledThreatAboutThings_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik hoop dat er niks met je fiets gebeurt in die storm, zet hem binnen.")]
    [InlineData("We moeten maar hopen dat de nieuwe boiler de winter haalt.")]
    [InlineData("Nieuwe laptops voor groep 8! Geniet er maar van, jongens.")]
    [InlineData("Weet je waar je jas hangt? Pak hem maar, het regent.")]
    [InlineData("Geniet nog maar even van de zomer, volgende week begint school weer.")]
    public void Check_CareForThings_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die tiran van een schoolleider laat niemand uitpraten.")]
    [InlineData("Zo'n bandiet als onze bestuurder zou je nergens moeten aannemen.")]
    [InlineData("Deze dictator op het bestuursbureau heeft het weer eens bepaald.")]
    [InlineData("Een stelletje oplichters daar in de directie, echt.")]
    [InlineData("Die boef van een conciërge heeft de sleutels weer gehouden.")]
    public void Check_VillainPointedAtARole_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zo'n tiran die zijn volk laat verhongeren, daar ging het boek over.")]
    [InlineData("In de geschiedenisles over de oorlog zagen we hoe die dictator aan de macht kwam.")]
    [InlineData("Die dief van mijn fiets is gepakt, wat een opluchting.")]
    [InlineData("De directeur las voor uit een boek over een bende piraten.")]
    [InlineData("Onze conciërge ving gisteren die dief die fietsen stal bij school.")]
    public void Check_VillainInHistoryStoryOrNews_IsNoInsult(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wacht maar tot die vent weer langs mijn huis loopt, dan ligt hij bewusteloos op straat.")]
    [InlineData("Reken maar dat die jongen na vanavond kreupel naar huis gaat, ik ben het zat.")]
    [InlineData("Zodra die trainer mijn zoon weer op de bank zet, ligt hij op de grond.")]
    [InlineData("Dan zullen jullie zien hoe snel die scheidsrechter tegen de vlakte gaat als ik het veld op kom.")]
    [InlineData("Als die buurman nog één keer over mijn dochter begint, loopt hij voorgoed mank.")]
    public void Check_ResultOnTheBodyAfterAnAssuranceOrCondition_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na die val liep mijn buurman weken mank.")]
    [InlineData("Als ik te lang hardloop, loop ik de volgende dag mank.")]
    [InlineData("Wacht maar tot je het nieuwe plein ziet, dan zul je zien hoe mooi het is.")]
    [InlineData("Reken maar dat de kinderen na het schoolreisje moe op de bank liggen.")]
    [InlineData("Zodra het vriest, ligt er ijs op de grond, dus pas op.")]
    public void Check_ResultOnTheBodyAsNewsOrNoBody_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Wat zijn die zwarte puntjes op het blad? Bladluizen zijn het.")]
    [InlineData("Welke dieren maken hier hun nest? Ratten zijn het, zegt de man van de gemeente.")]
    [InlineData("Wie zingen er zo vroeg in de tuin? Merels zijn het.")]
    [InlineData("Raadsel voor groep 5: wie kruipt er zonder poten? Slakken zijn het!")]
    [InlineData("Wat hing er in die boom? Vleermuizen zijn het, zei de boswachter.")]
    public void Check_AnimalAnswerToAQuestion_IsNoInsult(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wie zijn die mensen uit Polen eigenlijk? Parasieten zijn het.")]
    [InlineData("De ouders van groep 6? Aasgieren zijn het.")]
    [InlineData("Die nieuwe buren uit Syrië: ratten zijn het.")]
    [InlineData("Die Syriërs vormen een last voor de buurt.")]
    [InlineData("Al die moslims vormen een gevaar voor ons land.")]
    public void Check_PredicateFirstOfPeopleOrGroupAsBurden_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die stoepen vormen een gevaar voor fietsers.")]
    [InlineData("Vluchtelingen vormen geen bedreiging voor onze veiligheid.")]
    [InlineData("Gladheid vormt een gevaar voor de kinderen op weg naar school.")]
    [InlineData("Eikenprocessierupsen vormen een plaag langs de speelplaats.")]
    [InlineData("Wie zegt dat moslims een gevaar vormen, praat racisten na.")]
    public void Check_ThingsAsDangerOrClaimDenied_IsNoHate(string text) => Assert.NotEqual(Severity.Block, Harm(text));
}
