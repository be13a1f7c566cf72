namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 55, judged by the rules alone, in sentences written for this test (found by
/// fresh42-lead-heldout): regret promised to "hij/ze" in the sentence after someone was pointed at ("die gast … Hij gaat er
/// spijt van krijgen"); a time that began or lies behind ("sinds maandag") is no near time for a threat; news that "nog
/// niet naar buiten mag" with the verb last; a school leader who calls the board names gives the opinion R6 weighs; and
/// curses strung together into one word ("kutkutkut", a long spaced "k u t k u t …") are swearing however many there are;
/// and a named pupil's misconduct told as a trait, as what they kept doing or would not stop, is their behaviour (class
/// `misconduct`; found through the earlier held-out batches' missed blocks); a name set off by an apposition that ranks
/// a pupil in a class ("Thijmen, de kleinste van groep 1/2, …") and a roster first name the dictionary also knows as a
/// word ("Kees is opgenomen …") are someone.
/// </summary>
public class ThirtySixthPassLeadPatternTests
{
    [Theory]
    [InlineData("Ik weet waar die buurjongen zijn scooter parkeert. Hij zal er spijt van krijgen.")]
    [InlineData("Die moeder heeft me uitgescholden bij de poort. Ze gaat er spijt van krijgen.")]
    [InlineData("Deze scheidsrechter floot ons weer af. Hij zal nog spijt krijgen.")]
    public void Check_RegretPromisedAfterSomeonePointedAt_IsAThreat(string text) =>
        Assert.Equal(Verdict.Block, TestChecker.PersonalByRules(text, "kees.dekker").Verdict);

    [Theory]
    [InlineData("Mijn zoon koos de rode fiets. Hij gaat er spijt van krijgen.")]
    [InlineData("Die jongen kocht een dure telefoon. Hij kreeg er spijt van.")]
    [InlineData("Die leerling heeft een mooie tekening gemaakt. Hij zal er geen spijt van krijgen.")]
    public void Check_RegretOfOnesOwnToldOrDenied_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Mijn buurman ligt sinds maandag in het ziekenhuis.")]
    [InlineData("Onze trainer is afgelopen vrijdag opgenomen in het ziekenhuis.")]
    [InlineData("Die vader lag vorige week in het ziekenhuis.")]
    public void Check_AHospitalStaySinceOrBeforeADay_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "fatima.yilmaz").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die gast ligt vrijdag in het ziekenhuis als hij mijn dochter nog eens lastigvalt.")]
    [InlineData("Als die vent nog eens aan mijn auto komt, ligt hij zaterdag in het ziekenhuis.")]
    public void Check_AHospitalStayOnADayToCome_IsStillAThreat(string text) =>
        Assert.Equal(Verdict.Block, TestChecker.PersonalByRules(text, "fatima.yilmaz").Verdict);

    [Theory]
    [InlineData("Leuk nieuws dat nog niet naar buiten mag: we hebben een nieuwe directeur gevonden!")]
    [InlineData("Het is nieuws dat nog niet naar buiten kan: de fusie met De Linde gaat door.")]
    [InlineData("Een nieuwtje dat nog niet naar buiten mag: onze IB'er stopt ermee.")]
    public void Check_NewsThatMayNotGoOutYet_WithTheVerbLast_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "ahmed.elamrani").SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("De kleuters mogen nog niet naar buiten, het regent te hard.")]
    [InlineData("Kinderen die nog niet naar buiten mogen, spelen in de gymzaal.")]
    public void Check_PupilsWhoMayNotGoOutsideYet_AreNoNews(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "ahmed.elamrani").Has(Categories.Confidential));

    [Theory]
    [InlineData("Van mij mag het hele bestuur opdonderen. Stelletje zakkenvullers.", "youssef.bakker")]
    [InlineData("Het bestuur van Konot bestaat uit een stel idioten.", "marieke.jansen")]
    [InlineData("Stelletje zakkenvullers, die lui van het bestuur.", "karin.mulder")]
    public void Check_ALeaderWhoCallsTheBoardNames_GivesAnOpinion(string text, string author) =>
        Assert.Equal(Severity.Doubt, TestChecker.PersonalByRules(text, author).SeverityOf(Categories.Capacity));

    [Theory]
    [InlineData("Het bestuur van Konot bestaat uit een stel idioten.", "tom.hendriks")]
    [InlineData("Stelletje zakkenvullers, die lui van de gemeente.", "karin.mulder")]
    public void Check_StaffWhoCallTheBoardNamesOrALeaderWhoInsultsAnotherTarget_GiveNoLeadersOpinion(string text, string author) =>
        Assert.NotEqual(Severity.Doubt, TestChecker.PersonalByRules(text, author).SeverityOf(Categories.Capacity));

    [Theory]
    [InlineData("kutkutkutkutkutkut")]
    [InlineData("k u t k u t k u t k u t k u t k u t k u t k u t k u t k u t k u t")]
    [InlineData("k.a.n.k.e.r.k.a.n.k.e.r.k.a.n.k.e.r")]
    [InlineData("tyfuskankerkut")]
    public void Check_CursesStrungTogetherIntoOneWord_AreProfanity(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Profanity));

    [Theory]
    [InlineData("Kutaisi is de tweede stad van Georgië.")]
    [InlineData("Het Kankerfonds steunt onderzoek naar kinderkanker.")]
    public void Check_AWordThatOnlyStartsWithACurse_IsNoChain(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Profanity));

    [Theory]
    [InlineData("Tess was vandaag heel onbeleefd tegen de overblijfmoeder.", "linda.koster")]
    [InlineData("Finn deed vanochtend weer zo respectloos tegen de gymleraar.", "linda.koster")]
    [InlineData("Sara bleef maar duwen in de rij, dus ze staat nu achteraan.", "tom.hendriks")]
    [InlineData("Liam kon vandaag niet van zijn buurjongen afblijven.", "tom.hendriks")]
    [InlineData("Tess riep de hele rekenles door de uitleg heen.", "linda.koster")]
    [InlineData("Noah mag deze week niet meer buitenspelen in het speelkwartier.", "tom.hendriks")]
    public void Check_ANamedPupilsMisconduct_IsTheirBehaviour(string text, string author) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, author).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Sara was vandaag helemaal niet brutaal, juist heel behulpzaam.", "tom.hendriks")]
    [InlineData("Noah bleef maar lachen om de clown.", "tom.hendriks")]
    [InlineData("Tess mag niet meer voetballen van de dokter.", "linda.koster")]
    [InlineData("Tess werd uit de klas gehaald om de prijs in ontvangst te nemen.", "linda.koster")]
    [InlineData("De brutale wolf in het verhaal blies het huisje van Noah omver.", "tom.hendriks")]
    public void Check_MisconductDeniedPlayedOrForAnotherReason_IsNoBehaviour(string text, string author) =>
        Assert.NotEqual(Severity.Block, TestChecker.PersonalByRules(text, author).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Saar, de snelste van de klas, ligt met een hersenschudding thuis.", "jeroen.vos")]
    [InlineData("Thijmen, de kleinste van groep 1/2, brak gisteren zijn pols.", "jeroen.vos")]
    [InlineData("Kees is opgenomen in het ziekenhuis, de conciërgetaken liggen even stil.", "jeroen.vos")]
    [InlineData("Bas ligt sinds zaterdag met een gebroken been thuis.", "fatima.yilmaz")]
    public void Check_ANameMadeAPersonByAnAppositionOrTheRoster_CarriesTheFact(string text, string author) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, author).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Rex, de hond van groep 3, is ziek.", "jeroen.vos")]
    [InlineData("Bas is kapot, ik moet een nieuwe snaar kopen.", "jeroen.vos")]
    public void Check_AnAnimalInTheAppositionOrARosterNameAsAThing_IsNoPerson(string text, string author) =>
        Assert.False(TestChecker.PersonalByRules(text, author).Has(Categories.PersonalData));
}
