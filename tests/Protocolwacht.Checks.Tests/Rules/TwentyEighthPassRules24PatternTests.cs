namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-eighth pass (rules24), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: an appointment at a care
/// place as what someone will need, another's house "in de as" or "in vlammen", a bandage or eye patch worn as a result,
/// meeting someone then a warning, ironic comparisons of intellect with a dull thing, labels of a nagging habit called to
/// someone, worms and insects of scorn, quotes credited by other frames, and a method's tests or workbook copied whole.
/// </summary>
public class TwentyEighthPassRules24PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die jongen nog eens aan mijn dochter zit, kan hij meteen een afspraak bij de orthodontist maken.")]
    [InlineData("Raakt die vent mijn auto nog één keer aan, dan mag hij een afspraakje bij de kaakchirurg regelen.")]
    [InlineData("Nog één keer zo'n grap over mijn vrouw, dan kan die man bij de oogarts een afspraak inplannen.")]
    [InlineData("Als jij mijn zoon nog eens duwt, mag je bij de tandarts meteen een afspraak regelen.")]
    [InlineData("Die buurman moet uitkijken, anders kan hij een afspraak bij het ziekenhuis maken.")]
    public void Check_AnAppointmentAtACarePlaceAsTheResult_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Heb je kiespijn? Dan kun je meteen een afspraak bij de tandarts maken.")]
    [InlineData("Als je een afspraak bij de opticien wilt maken, bel dan voor twaalf uur.")]
    [InlineData("De schoolarts vraagt ouders om een afspraak bij de tandarts te maken voor de controle.")]
    [InlineData("Kun je na de vakantie een afspraak bij de orthodontist maken voor de beugel van je zoon?")]
    [InlineData("Na de schoolcontrole kan uw kind een afspraak bij de tandarts maken als dat nodig is.")]
    public void Check_AnAppointmentForCare_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die huisbaas ons nog één keer bedreigt, ligt zijn villa straks in de as.")]
    [InlineData("Komt hij nog eens aan mijn kinderen, dan staat zijn bestelbus in vlammen.")]
    [InlineData("Nog één keer en hun schuur gaat in vlammen op.")]
    [InlineData("Als die vent zo doorgaat, staat zijn garage straks in brand.")]
    [InlineData("Blijft ze liegen over mijn zoon, dan legt iemand haar huis in de as.")]
    public void Check_AnothersHouseInAshesOrFlames_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Gisteravond stond zijn schuur in vlammen, gelukkig was iedereen op tijd buiten.")]
    [InlineData("Zijn huis lag na de oorlog helemaal in de as.")]
    [InlineData("Als je kaarsen laat branden, staat je huis zo in brand.")]
    [InlineData("Na de blikseminslag stond hun boerderij in brand; de brandweer kwam snel.")]
    [InlineData("In het museum zie je hoe zijn huis in de as werd gelegd.")]
    public void Check_FireAsNewsWarningOrHistory_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als die jongen nog eens aan mijn dochter zit, loopt hij morgen met een verband om zijn hoofd.")]
    [InlineData("Raakt hij mijn fiets nog één keer aan, dan loopt hij volgende week met een zwachtel rond.")]
    [InlineData("Nog één keer zo'n opmerking over mijn moeder en jij loopt straks met een ijszak op je gezicht.")]
    [InlineData("Als die man mijn zoon weer uitscheldt, zit hij straks met een pleister op zijn neus.")]
    [InlineData("Als ze nog eens aan mijn auto komt, loopt ze volgende week met een ooglapje, dat beloof ik.")]
    public void Check_ABandageWornAsTheResult_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na de val van het klimrek liep mijn zoon een week met een verband om zijn knie.")]
    [InlineData("Een leerling uit groep 3 loopt deze week met een ooglapje; we zijn trots op hem.")]
    [InlineData("Tijdens de EHBO-les oefenden we met een verband en een mitella.")]
    [InlineData("De piraat in onze musical loopt met een ooglapje en een houten been.")]
    [InlineData("Mijn dochter liep vorige maand met een zwachtel om haar pols na het turnen.")]
    public void Check_ABandageAsCareOrPlay_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Jij en ik komen elkaar nog wel een keer tegen, en dan lach je niet meer.")]
    [InlineData("Als ik hem ooit tegenkom in het dorp, dan kan hij wat beleven.")]
    [InlineData("Je loopt me heus nog eens tegen het lijf. Dan is er niemand om je te helpen.")]
    [InlineData("Ik weet heus wel waar ik die journalist kan vinden, en dan praat hij wel anders.")]
    [InlineData("Zodra ik je ooit tegen het lijf loop, dan weet je wat je te wachten staat.")]
    public void Check_MeetingSomeoneThenAWarning_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We komen elkaar vast nog wel eens tegen, dan drinken we gezellig koffie!")]
    [InlineData("Als ik je op de markt tegenkom, zeg ik je gedag.")]
    [InlineData("Tot de ouderavond! Daar lopen we elkaar vast tegen het lijf.")]
    [InlineData("Als jullie het goed vinden, dan gaan we morgen naar het bos.")]
    [InlineData("Ik liep haar gisteren tegen het lijf bij de bakker, en toen hebben we even gekletst.")]
    public void Check_MeetingAsAGreetingOrNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Weet je me te vinden als je vragen hebt over de toets?")]
    [InlineData("Weten jullie me te vinden? Ik zit de hele middag in de bibliotheek.")]
    [InlineData("Wie hulp zoekt: weet je mij te vinden? Mijn deur staat open.")]
    [InlineData("Ouders weten me te vinden als er iets is, en dat is fijn.")]
    [InlineData("Weet je me nog te vinden na de verhuizing van de school?")]
    public void Check_AQuestionOfBeingFoundByTheAddressee_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die nieuwe invaller is zo snugger als een bloempot.")]
    [InlineData("Mijn teamleider is ongeveer zo wijs als een houtblok.")]
    [InlineData("Jij bent net zo slim als een pantoffel.")]
    [InlineData("Die wethouder is even helder als modder.")]
    [InlineData("De voorzitter van de ouderraad is zo scherp als een boterham.")]
    public void Check_AnIronicComparisonOfIntellect_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het mes is zo scherp als een scheermes, dus let goed op.")]
    [InlineData("Onze juf is zo slim als een vos!")]
    [InlineData("Het water in de vijver was zo helder als kristal.")]
    [InlineData("Die deur is zo zwaar als een baksteen.")]
    [InlineData("Die kleuter is zo snel als de wind.")]
    public void Check_ALiteralComparison_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Wat ben jij een zuurpruim zeg.")]
    [InlineData("Zo'n lastpak als jij ben ik in twintig jaar niet tegengekomen.")]
    [InlineData("Die vader is echt een kankeraar, elke week een nieuwe klacht.")]
    [InlineData("Je bent een zeikerd, weet je dat?")]
    [InlineData("Wat een zanik is die inspecteur.")]
    public void Check_ALabelOfANaggingHabitCalledToSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een lastpak van een hoest heb ik deze week.")]
    [InlineData("Niemand is graag een drammer, maar soms moet je volhouden.")]
    [InlineData("Het boek 'De kleine zeurkont' lezen we deze week voor.")]
    [InlineData("Mopperaars zijn er altijd, maar de ouderavond was toch geslaagd.")]
    [InlineData("Mijn vader is een echte mopperkont, maar wel de liefste opa die er is.")]
    public void Check_ALabelThatDescribes_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die inspecteur is een zielig kevertje.")]
    [InlineData("Wat een laf wespje is die wethouder.")]
    [InlineData("Die voorzitter is een sloom rupsje.")]
    [InlineData("Die buurman is een treurig muggetje.")]
    [InlineData("Die stagiair is een laf wormpje.")]
    public void Check_AWormOrInsectOfScorn_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("In de moestuin vonden we een dik wormpje en drie kevers.")]
    [InlineData("Groep 4 bekeek een sloom kevertje onder het vergrootglas.")]
    [InlineData("De juf vertelde dat een mug een vervelend beestje is.")]
    [InlineData("Wat een mooi kevertje heeft mijn zoon gevonden!")]
    [InlineData("De kinderen verkleedden zich als lieveheersbeestje en als zielig wormpje voor carnaval.")]
    public void Check_WormsAndInsectsInALessonOrACostume_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Mooi verwoord door Karin: 'Een school is pas af als iedereen meedoet.'")]
    [InlineData("Zoals Youssef vorige week opmerkte: 'Rust in de klas begint bij een goed begin.'")]
    [InlineData("'Vraag het de kinderen zelf, zij weten het vaak het best.' Aldus Eva tijdens de studiedag.")]
    [InlineData("'Lezen is elke dag een feestje.' — Mark, vanochtend bij de koffie")]
    [InlineData("Treffend geformuleerd door Noor: 'Wie goed luistert, leert het meest.'")]
    public void Check_AQuoteCreditedToAColleague_IsAQuote(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Quote, Severity.Doubt), text);

    [Theory]
    [InlineData("'Kinderen zijn geen vaten die gevuld moeten worden.' Aldus Célestin Freinet.")]
    [InlineData("'Fantasie is belangrijker dan kennis.' — Albert Einstein")]
    [InlineData("Mooi gezegd door Astrid Lindgren: 'Geef kinderen liefde, meer liefde en nog meer liefde.'")]
    [InlineData("Zoals Loris Malaguzzi ooit opmerkte: 'Een kind heeft honderd talen.'")]
    [InlineData("'Help mij het zelf te doen.' — Maria Montessori")]
    public void Check_AQuoteCreditedToAWellKnownWriter_IsNoQuote(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Quote), text);

    [Theory]
    [InlineData("Mooi gezegd door Bas: 'Samen sterk.' Jammer dat die sukkel zich er zelf nooit aan houdt.")]
    [InlineData("Treffend verwoord door Linda: 'Elke dag een kans.' Wat een idioot is die vrouw trouwens.")]
    public void Check_AnInsultAddedAfterACreditedQuote_StaysBlocked(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Zoals Karin in het MT-overleg opmerkte: 'De fusie gaat door, maar dat blijft nog even geheim.'")]
    [InlineData("Mooi gezegd door Peter in het bestuursoverleg: 'De sluiting is besloten, maar wordt pas in juni bekendgemaakt.'")]
    public void Check_MeetingNewsSharedAsACreditedQuote_StaysConfidential(string text) =>
        Assert.True(TestChecker.School(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Alle toetsen van Taal Actief groep 6 heb ik gescand en in de ouderapp gezet.")]
    [InlineData("Heel het werkboek van Wereld in Getallen gekopieerd voor de hele klas.")]
    [InlineData("De complete lessenserie van Nieuwsbegrip als pdf doorgestuurd naar alle ouders.")]
    [InlineData("Het hele werkboek van Staal in één pdf op mijn eigen website gezet.")]
    [InlineData("Alle toetsen uit de methode gefotografeerd en gedeeld in de klassenapp.")]
    public void Check_AMethodsTestsOrWorkbookCopiedWhole_IsCopyright(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Mijn zelfgemaakte toets over de Romeinen staat in de klassenapp.")]
    [InlineData("De toetsen van Pluspunt liggen in de kast van groep 5.")]
    [InlineData("Op de site van de uitgever staat het hele werkboek als inkijkexemplaar.")]
    [InlineData("Bladzijde 12 uit het werkboek, met de bron erbij: Staal groep 6.")]
    [InlineData("Heel fijn, dat nieuwe werkboek van Blink!")]
    public void Check_OwnWorkOrOnePageOrThePublisher_IsNoCopyright(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Copyright), text);

    // Review of issue 9 (item 5): meeting at an event under a bare condition, then plans: no warning.
    [Theory]
    [InlineData("Als we elkaar tegenkomen op de studiedag, dan bespreken we het verder.")]
    [InlineData("Zodra ik je tegenkom bij de kopieerruimte, dan geef ik je de sleutel.")]
    [InlineData("Als ik je op het schoolplein tegen het lijf loop, dan leg ik het uit.")]
    public void Check_MeetingUnderABareConditionThenPlans_IsNoThreat(string text) => Assert.Null(Harm(text));
}
