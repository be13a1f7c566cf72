namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-first pass (rules17), each pattern in five sentences written for this test in other
/// words than the batches (other verbs, word order, person, tense, a demonstrative instead of a possessive), with five
/// allowed look-alikes beside it, judged by the rules alone: a threat told by its result on the body, a vehicle driven at
/// someone, another's house or car whose joy ends or that will look different (also inverted, and with "en niet zo'n
/// beetje ook"), "z'n" as a possessive, a warning about someone's things after knowing where they are, a group put in a
/// camp or behind wire, role nouns of tyranny and crime said of someone, and a dehumanising noun before "zijn het".
/// </summary>
public class TwentyFirstPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die buurman nog eens aan mijn hek zit, loopt hij morgen op krukken.")]
    [InlineData("Volgende keer dat je mijn dochter uitscheldt, lig jij in het gips, dat beloof ik je.")]
    [InlineData("Straks staat die trainer met een dikke lip langs het veld als hij mijn zoon weer op de bank zet.")]
    [InlineData("Als die invaller nog één keer tegen mij schreeuwt, zit hij met een gebroken neus thuis.")]
    [InlineData("Die vent ligt straks op de brancard, reken maar, als hij mijn auto nog eens blokkeert.")]
    public void Check_ResultOnTheBodyPromised_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn buurman lag vorig jaar zes weken in het gips na een val van de ladder.")]
    [InlineData("Ik zit straks zelf in het gips, de operatie is volgende week.")]
    [InlineData("Als je van het klimrek valt, kun je zo op krukken lopen, dus voorzichtig jongens.")]
    [InlineData("De ambulance bracht de fietser op de brancard weg, gelukkig was het niet ernstig.")]
    [InlineData("Op de EHBO-cursus leerden we hoe je iemand op een brancard legt.")]
    public void Check_ResultOnTheBodyAsNewsOrCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik rij die wethouder morgen gewoon tegen zijn eigen hek aan.")]
    [InlineData("Als ik die vader op de stoep zie staan, rijd ik hem van zijn scooter.")]
    [InlineData("Zie ik jou op de fiets, dan rij ik je zo van de weg.")]
    [InlineData("Die juf rij ik bij de school gewoon klem met mijn busje.")]
    [InlineData("Morgen geef ik een dot gas als die buurman oversteekt en rij ik er vol op in.")]
    public void Check_VehicleDrivenAtSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik rij je morgen naar de sporthal, om acht uur sta ik voor de deur.")]
    [InlineData("Gisteren reed ik tegen een paaltje aan, de bumper is gedeukt.")]
    [InlineData("Ik rij de kinderen van groep 7 morgen naar het museum.")]
    [InlineData("Zullen we samen rijden? Ik haal je op bij het station.")]
    [InlineData("Ik rij altijd tegen de wind in naar school, goed voor de conditie.")]
    public void Check_DrivingSomewhere_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Van die mooie woning van hem zal die vader niet lang meer genieten.")]
    [InlineData("Die camper van de buurman, daar geniet die familie niet lang meer van.")]
    [InlineData("Vanavond ziet jouw schuur er heel anders uit, let maar op.")]
    [InlineData("Morgen zien hun ruiten er niet meer hetzelfde uit, en niet zo'n beetje ook.")]
    [InlineData("Die meester gaat ervoor boeten, en niet zo'n beetje ook.")]
    public void Check_AnothersThingFatedOrPaidFor_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Van ons nieuwe huis genieten we nog elke dag, wat een plek.")]
    [InlineData("Morgen ziet de gymzaal er heel anders uit, de nieuwe vloer ligt erin!")]
    [InlineData("De kinderen hebben genoten van het schoolreisje, en niet zo'n beetje ook.")]
    [InlineData("Van die oude wagen van de school genieten we niet lang meer, de nieuwe bus komt eraan.")]
    [InlineData("Na de schilderbeurt ziet ons huis er weer fris uit.")]
    public void Check_ThingsEnjoyedOrRenewed_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik breek z'n vingers als hij nog eens aan mijn fiets zit.")]
    [InlineData("Als die jongen nog één keer mijn zoon slaat, breek ik z'n neus.")]
    [InlineData("Ik breek zn benen, die vent.")]
    [InlineData("Die scheidsrechter, ik breek z’n armen.")]
    [InlineData("Ik steek z'n auto in de fik als hij niet ophoudt.")]
    public void Check_ClippedPossessiveInAThreat_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Hij brak z'n arm bij het skiën, gelukkig is hij weer fit.")]
    [InlineData("Onze kat heeft z'n poot bezeerd.")]
    [InlineData("Ik heb m'n enkel verzwikt tijdens de gymles.")]
    [InlineData("Hij deed z'n best en dat zag je.")]
    [InlineData("Die jongen heeft z'n fiets eindelijk gerepareerd.")]
    public void Check_ClippedPossessiveInNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik weet waar jij je auto neerzet. Ik zou maar goed op je lak letten.")]
    [InlineData("We weten in welke sporthal die trainer werkt. Hij moet maar goed op zijn tas passen.")]
    [InlineData("Ik ken de plek waar die vader zijn scooter stalt. Laat hem daar maar goed op letten.")]
    [InlineData("Ik weet wanneer jij traint, dus zou ik maar goed op je fiets letten.")]
    [InlineData("Ik weet waar die juf werkt. Ze moet maar goed op haar spullen letten daar.")]
    public void Check_KnowingWhereWithAWarningAboutThings_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Let goed op je spullen in het zwembad, er wordt veel gestolen.")]
    [InlineData("Wil iedereen op zijn eigen tas letten tijdens de excursie?")]
    [InlineData("Weet jij waar de trainer werkt? Ik wil hem bedanken.")]
    [InlineData("Ik weet waar je werkt, zal ik je lunch komen brengen?")]
    [InlineData("Kun jij op mijn fiets letten terwijl ik even naar binnen ga?")]
    public void Check_CareForThingsWithoutAThreat_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Stop die Syriërs met z'n allen in een kamp, dan zijn we ervan af.")]
    [InlineData("Vluchtelingen moet je in barakken stoppen, ver van het dorp.")]
    [InlineData("Al die Somaliërs horen achter prikkeldraad.")]
    [InlineData("Zet al die zigeuners maar achter prikkeldraad.")]
    [InlineData("Die homo's zou ik allemaal in een kamp stoppen.")]
    public void Check_GroupInterned_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Groep 8 stopt de tassen in de bus en vertrekt op kamp.")]
    [InlineData("Vluchtelingen vertelden in de klas hoe ze jarenlang in een kamp woonden.")]
    [InlineData("Het prikkeldraad rond het oude sportveld is eindelijk weg.")]
    [InlineData("De kinderen stoppen hun Syrische recepten in het klassenkookboek.")]
    [InlineData("We stoppen de kerstpakketten in de kast van de teamkamer.")]
    public void Check_CampsAndWireWithoutACall_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die teamleider is een echte despoot.")]
    [InlineData("Onze conciërge is gewoon een boef, let maar op je portemonnee.")]
    [InlineData("Mijn leidinggevende is een tiran.")]
    [InlineData("Die wethouders zijn gewoon bandieten.")]
    [InlineData("Die nieuwe directrice gedraagt zich als een dictator.")]
    public void Check_RoleNounOfTyrannyOrCrimeSaidOfSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("In groep 8 behandelen we hoe een dictator aan de macht komt.")]
    [InlineData("De boef uit het prentenboek wordt aan het eind gepakt.")]
    [InlineData("Napoleon wordt door sommigen een tiran genoemd; wat vinden jullie?")]
    [InlineData("De criminelen die de juwelier beroofden zijn opgepakt.")]
    [InlineData("Bij het toneelstuk speelt Daan de boze tiran van het kasteel.")]
    public void Check_TyrannyAndCrimeInHistoryNewsOrPlay_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die nieuwe collega's van het bestuursbureau: parasieten zijn het.")]
    [InlineData("Roemenen - ongedierte is het.")]
    [InlineData("Wat ik van die ouders vind? Aasgieren zijn het.")]
    [InlineData("Die jongens op het plein: ratten zijn het, stuk voor stuk.")]
    [InlineData("Marokkanen. Kakkerlakken zijn het.")]
    public void Check_DehumanisingNounBeforeZijnHet_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wat er in de schuur zat: ratten zijn het, de ongediertebestrijding komt morgen.")]
    [InlineData("Onze nieuwe huisdieren: ratten zijn het, ze heten Bolletje en Snuf.")]
    [InlineData("Die vogels boven het veld: kraaien zijn het.")]
    [InlineData("Wat de kinderen vonden onder de steen? Pissebedden zijn het.")]
    [InlineData("Wat in de bak zat? Wormen zijn het, zei de juf.")]
    public void Check_AnimalsNamedBeforeZijnHet_IsNoInsult(string text) => Assert.Null(Harm(text));
}
