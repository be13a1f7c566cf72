namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 48, judged by the rules alone, in sentences written for this test (found by
/// fresh35-lead-heldout; every sentence that should now be stopped passed the engine of f8aa0ed2, and every sentence
/// that should now pass was blocked by it):
/// <list type="bullet">
/// <item>a verb of worth said not to hold ("deugt niet", "slaat nergens op", "rammelt aan alle kanten") is an opinion: a
/// leader's capacity doubt (R6, convention 1); things worn out "deugen niet meer" (a fact);</item>
/// <item>a named pupil's test passed, or a grade with decimals ("een 5,5 gekregen"), is a test result (personal-data);
/// a class, the author or the author's own child passing a test is not about an identifiable pupil;</item>
/// <item>knowing the street, house or quarter someone lives in ("ik weet in welke straat je woont") is the threat "ik weet
/// waar je woont" in other words; not knowing it, or knowing it to bring something, is not;</item>
/// <item>"slaan … nergens op" is the idiom of nonsense, not a blow (five were blocked as threats); a blow promised in the
/// same post still blocks;</item>
/// <item>a warning framed "(hij) moet niet raar opkijken als …" with someone's thing damaged, dumped or burnt in the
/// condition is a threat; the weather, a thief or a school closing makes it care or news;</item>
/// <item>our place said to become like a foreign country soon, right after a sentence about a group ("Al die X hier.
/// Binnenkort is het hier net Syrië") is the fear of being replaced (GroupHateJudge.Replacement); without "soon", with a
/// positive word, or without a group it is a comparison, a wish or the weather;</item>
/// <item>an outcome seen or heard ("als je een ambulance ziet") passes by; it is not where someone will end up (four of
/// five were blocked as threats);</item>
/// <item>an outcome place right after the noun opening the sentence, with the finite verb straight after it ("Patiënten
/// in het ziekenhuis moeten …"), says where those people are (found by hate25; all five were blocked);</item>
/// <item>praise the organisation is said to give ("het bestuur zegt weer hoe geweldig we zijn"), then a loss in a clause
/// of its own, is irony (doubt; all five passed); praise of a change itself, a gain, or praise not given by the
/// organisation is not.</item>
/// </list>
/// </summary>
public class TwentyNinthPassLeadPatternTests
{
    [Theory]
    [InlineData("Het nieuwe leerlingvolgsysteem deugt niet, dat zeg ik al jaren.")]
    [InlineData("Dat de werkdrukmiddelen worden gehalveerd, slaat nergens op.")]
    [InlineData("De toetskalender van het ministerie rammelt aan alle kanten.")]
    [InlineData("Het lerarenregister deugde niet en het komt ook niet terug.")]
    [InlineData("Die nieuwe regels voor passend onderwijs deugen gewoon niet.")]
    public void Check_ALeadersVerbOfWorthNegated_IsACapacityDoubt(string text) =>
        Assert.Equal(Severity.Doubt, TestChecker.PersonalByRules(text, "marieke.jansen").SeverityOf(Categories.Capacity));

    [Theory]
    [InlineData("De oude tafels in de aula deugden niet meer, dus die zijn vervangen.")]
    [InlineData("Het rooster voor volgend jaar staat online.")]
    [InlineData("Gefeliciteerd aan groep 8 met de eindmusical!")]
    [InlineData("De stoelen in het lokaal deugen niet meer: er komen nieuwe.")]
    [InlineData("Vandaag op bezoek bij De Regenboog, wat een fijne school.")]
    public void Check_ALeaderTellingAFact_IsNoCapacityDoubt(string text) =>
        Assert.NotEqual(Severity.Doubt, TestChecker.PersonalByRules(text, "marieke.jansen").SeverityOf(Categories.Capacity));

    [Theory]
    [InlineData("Sara heeft voor de spellingtoets een 5,5 gekregen.")]
    [InlineData("Noah heeft de topotoets gisteren toch gehaald.")]
    [InlineData("Sara heeft voor haar leestoets een 6 gescoord.")]
    [InlineData("Emma heeft voor de cito-toets een 4,5 gehaald.")]
    [InlineData("Noah heeft voor zijn tafeltoets een 3,5 gekregen.")]
    public void Check_ANamedPupilsTestResult_IsPersonalData(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Groep 7 heeft de verkeerstoets gehaald.")]
    [InlineData("Ik heb mijn rijtoets gehaald!")]
    [InlineData("Alle kinderen hebben de fietstoets gehaald.")]
    [InlineData("Mijn zoon heeft zijn zwemtoets gehaald.")]
    [InlineData("We hebben de toetsen van vorig jaar gehaald uit de kast.")]
    public void Check_ATestPassedByNoNamedPupil_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData));

    [Theory]
    [InlineData("Ik weet in welke straat jij woont, vriend.")]
    [InlineData("Wij weten heus in welk huis die scheidsrechter woont.")]
    [InlineData("Ik weet allang in welke flat die vader woont. Wacht maar af.")]
    [InlineData("Ik weet in welke wijk jullie wonen, denk daar maar aan.")]
    [InlineData("Ik weet wel in welke straat die invaller woont.")]
    public void Check_KnowingTheStreetSomeoneLivesIn_IsAThreat(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Ik weet niet in welke straat ze woont, wie helpt?")]
    [InlineData("Ik weet in welke wijk je woont, dus ik breng het pakket langs omdat het op mijn route ligt.")]
    [InlineData("Weet jij in welke straat de juf woont? Dan sturen we een kaart.")]
    [InlineData("Ik weet nooit in welke straat mijn neef nu woont, hij verhuist zo vaak.")]
    [InlineData("Ik weet in welke straat mijn oma woonde: de Lindelaan.")]
    public void Check_NotKnowingOrHelpingWithAnAddress_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "bas.meijer").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die grap van een leerling sloeg nergens op, maar we hebben gelachen.")]
    [InlineData("Het antwoord van die ouder sloeg nergens op, dus we hebben het nog eens uitgelegd.")]
    [InlineData("Die vraag van een collega sloeg echt nergens op, maar ik heb hem toch beantwoord.")]
    [InlineData("Wat die vader zei, slaat nergens op, maar we blijven vriendelijk.")]
    [InlineData("Die opmerking van de conciërge sloeg nergens op, vonden we.")]
    public void Check_SlaanNergensOp_IsNoBlow(string text) =>
        Assert.NotEqual(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Ik sla die vent op zijn bek.")]
    [InlineData("Wij slaan hem nergens, maar hij moet wel oppassen.")]
    [InlineData("Die vader sloeg nergens op, maar ik sla hem morgen in elkaar.")]
    [InlineData("Ik sla die leerling nog eens.")]
    [InlineData("Als hij nog een keer komt, sla ik hem op zijn gezicht.")]
    public void Check_ABlowPromised_StillBlocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die moeder moet niet raar opkijken als haar auto een keer in de sloot ligt.")]
    [InlineData("Hij moet niet raar opkijken als zijn ramen een keer kapot zijn.")]
    [InlineData("Die vent moet niet vreemd opkijken als zijn schutting morgen plat ligt.")]
    [InlineData("Jij moet niet gek opkijken als je brommer een keer in de gracht ligt.")]
    [InlineData("Die buurman moet niet raar opkijken als zijn banden een keer plat zijn.")]
    public void Check_NotToBeSurprisedWhenAThingIsDamaged_IsAThreat(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Niet raar opkijken als je fiets weg is: er wordt veel gestolen bij het station.")]
    [InlineData("Je moet niet raar opkijken als je auto met deze ijzel in de sloot ligt.")]
    [InlineData("Niet gek opkijken als de school dicht is met kerst.")]
    [InlineData("Kijk niet raar op als je een nieuwe juf ziet: ze begint maandag.")]
    [InlineData("Je moet niet raar opkijken als de kinderen morgen verkleed komen.")]
    public void Check_NotToBeSurprisedByCareOrNews_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Al die moslims hier. Binnenkort is het hier net Syrië, let maar op.")]
    [InlineData("Steeds meer Polen in onze straat. Straks is het hier net Warschau.")]
    [InlineData("Die Marokkanen overal. Straks lijkt Nederland wel Marokko.")]
    [InlineData("Turken overal in de wijk. Straks is het hier net als in Ankara.")]
    [InlineData("Die Somaliërs weer. Binnenkort is Nederland net Mogadishu.")]
    public void Check_OurPlaceLikeAForeignCountrySoonAfterAGroup_IsGroupHate(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Binnenkort is het hier net Italië met deze hittegolf.")]
    [InlineData("Onze Syrische buren koken zo lekker. Straks is het hier net Damascus, heerlijk.")]
    [InlineData("Het is hier net Spanje, zo warm vandaag.")]
    [InlineData("Binnenkort ga ik net als vorig jaar naar Marokko.")]
    [InlineData("Straks is het hier net de Sahara, zo warm wordt het.")]
    public void Check_AComparisonWishOrWeather_IsNoGroupHate(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Wees niet verbaasd als je een ambulance ziet: de EHBO-oefening is vrijdag.")]
    [InlineData("Schrik niet als je morgen de traumaheli hoort, er is een oefening op het sportveld.")]
    [InlineData("Als je een ambulance ziet aankomen, ga dan opzij.")]
    [InlineData("Niet schrikken als je de ambulance ziet staan bij de buren, het gaat goed met opa.")]
    [InlineData("Als jullie straks een ambulance zien bij de gymzaal: het is een oefening van de brandweer.")]
    public void Check_AnOutcomeSeenOrHeard_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Als ik je zie, kun je alvast een ambulance bellen.")]
    [InlineData("Als ik die vent nog eens zie, ligt hij in het ziekenhuis.")]
    [InlineData("Als je nog één keer aan mijn fiets zit, zie je jezelf terug in het ziekenhuis.")]
    [InlineData("Als hij me weer uitscheldt, komt hij in een ambulance thuis.")]
    [InlineData("Zie je die vent? Die ligt straks in het ziekenhuis als hij zo doorgaat.")]
    public void Check_AnOutcomeAsWhereSomeoneEndsUp_StillBlocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Patiënten in het ziekenhuis moeten behandeld worden voor wat ze hebben.")]
    [InlineData("Kinderen in het ziekenhuis moeten ook les krijgen.")]
    [InlineData("Ouderen in het ziekenhuis verdienen meer bezoek.")]
    [InlineData("De kinderen in het ziekenhuis krijgen een kerstpakket.")]
    [InlineData("Zieke mensen in het ziekenhuis hebben recht op rust.")]
    public void Check_PeopleInTheHospitalAsTheSubject_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die vent moet in het ziekenhuis belanden.")]
    [InlineData("Die vent in het ziekenhuis, dat zou mooi zijn.")]
    [InlineData("Als hij doorgaat, komt hij in het ziekenhuis terecht.")]
    [InlineData("Jij in het ziekenhuis, dat gaat gebeuren.")]
    [InlineData("Hij moet in het ziekenhuis eindigen, die schoft.")]
    public void Check_SomeoneSentToTheHospital_StillBlocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Het bestuur zegt weer hoe geweldig we zijn, en daarna wordt de schoolreis geschrapt.")]
    [InlineData("Konot roept weer dat leraren onmisbaar zijn. Volgende week wordt de formatie gehalveerd.")]
    [InlineData("De directie vertelt ons alweer hoe fantastisch we het doen, en daarna wordt de schoolreis geschrapt.")]
    [InlineData("Het bestuur zegt weer hoe waardevol het team is, terwijl de bibliotheek wordt opgeheven.")]
    [InlineData("De directie roept alweer hoe prachtig onze school is. Intussen wordt de muziekles geschrapt.")]
    public void Check_PraiseTheOrganisationGivesBeforeALoss_IsAComplaint(string text) =>
        Assert.Equal(Severity.Doubt, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Het bestuur vertelde weer hoe mooi de fusie is verlopen.")]
    [InlineData("De directie zegt weer hoe blij ze met ons zijn, en trakteert op taart.")]
    [InlineData("Het bestuur vertelt hoe trots ze op ons zijn: de nieuwe gymzaal is open!")]
    [InlineData("Mijn moeder zegt weer hoe trots ze is, en de schoolreis wordt geschrapt.")]
    [InlineData("De directie vertelt hoe belangrijk rust is, en daarom schrappen we de extra vergadering.")]
    public void Check_PraiseOfAChangeOrAGainOrByOthers_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));
}
