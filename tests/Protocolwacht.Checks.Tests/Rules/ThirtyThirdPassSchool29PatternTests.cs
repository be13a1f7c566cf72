namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirty-third pass over the school categories (issue 9, batch fresh39-school29), rules
/// alone, each with sentences in other words than the batches and look-alikes: news of the organisation introduced by a
/// secrecy marker ("dit heb je niet van mij", "off the record", "tussen jou en mij", "zeg het niet door", "in
/// vertrouwen", "mondje dicht"); a leader's frank view announced before a colon or a dash ("ik zeg het ronduit:",
/// "laat ik helder zijn:", "mijn stelling —", "mijn twee cent:", "vanuit mijn functie gesproken:"); and polite sneers at
/// people of the school who take it for a service or a court, expect the teacher at any hour, or a class that prefers
/// anything to its work.
/// </summary>
public class ThirtyThirdPassSchool29PatternTests
{
    private static bool Complaint(CheckResult result) => result.Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool Leaked(string text, string author = "tom.hendriks") =>
        TestChecker.PersonalByRules(text, author).Has(Categories.Confidential, Severity.Block);

    private static bool LeaderOpinion(string text, string author) =>
        TestChecker.PersonalByRules(text, author).Has(Categories.Capacity, Severity.Doubt);

    [Theory]
    [InlineData("Dat heb je niet van mij, maar de directeur van Sint Jozef stopt ermee.", "mark.willems")]
    [InlineData("Off the record: de begroting voor 2027 sluit met een flink tekort.", "bas.meijer")]
    [InlineData("Tussen jou en mij: de adjunct heeft gesolliciteerd bij een andere stichting.", "noor.peters")]
    [InlineData("Zeg het niet door, maar er komt een fusie met de school in het dorp.", "kees.dekker")]
    [InlineData("In vertrouwen: het bestuur gaat twee locaties sluiten.", "linda.koster")]
    [InlineData("Mondje dicht, maar volgend jaar vertrekken er drie collega's.", "tom.hendriks")]
    [InlineData("Mondje dicht tegen de ouders: onze locatie gaat na de zomer dicht.", "sanne.deboer")]
    [InlineData("Onder ons gezegd en gezwegen: de jaarcijfers kleuren rood, maar dat komt pas in juni naar buiten.", "tom.hendriks")]
    [InlineData("Tussen ons gezegd: de exploitatie van dit jaar eindigt met een verlies.", "ahmed.elamrani")]
    public void Check_NewsOfTheOrganisationBehindASecrecyMarker_IsConfidential(string text, string author) =>
        Assert.True(Leaked(text, author), text);

    [Theory]
    [InlineData("Off the record gesproken was het concert van mijn band gisteren echt te gek.")]
    [InlineData("Tussen jou en mij: die nieuwe serie op tv is helemaal niks.")]
    [InlineData("Dat heb je niet van mij, maar de beste patat haal je bij de snackbar op het plein.")]
    [InlineData("Zeg het niet door: de juf van groep 4 krijgt vrijdag een taart voor haar jubileum!")]
    [InlineData("Zoals in de nieuwsbrief aangekondigd: tussen jou en mij, de fusie gaat door in augustus.")]
    public void Check_ASecrecyMarkerBesideGossipASurpriseOrAnnouncedNews_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Mondje dicht en handen op tafel, zo beginnen we het dictee in groep 7.")]
    [InlineData("In vertrouwen kunnen praten over je zorgen, dat oefenen we vandaag in de kring.")]
    [InlineData("Mondje dicht tijdens de toets, dat oefenen we met een spelletje.")]
    [InlineData("Mondje dicht en ogen dicht, we doen een luisterspel in de kring.")]
    [InlineData("Mondje dicht tegen de kinderen: de deur van de schuur gaat dicht voor de verrassing.")]
    public void Check_KeepingQuietOrTrustAsALesson_IsNotConfidential(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Ik zeg het ronduit: de nieuwe toetskalender van het ministerie maakt het onderwijs niet beter.", "karin.mulder")]
    [InlineData("Laat ik helder zijn: scholen hebben meer tijd nodig en geen nieuwe plannen.", "peter.vandijk")]
    [InlineData("Mijn stelling voor vandaag — huiswerk in groep 5 voegt niets toe.", "ingrid.smit")]
    [InlineData("Vanuit mijn functie gesproken: doubleren helpt een kind bijna nooit.", "youssef.bakker")]
    [InlineData("Hardop gezegd: de inspectie kijkt te veel naar cijfers en te weinig naar kinderen.", "karin.mulder")]
    [InlineData("Ik ga het gewoon zeggen: de kleuterperiode is te belangrijk om te toetsen.", "ingrid.smit")]
    public void Check_ALeadersFrankViewAnnouncedBeforeAColonOrADash_IsAnOpinion(string text, string author) =>
        Assert.True(LeaderOpinion(text, author), text);

    [Theory]
    [InlineData("Ik zeg het graag hardop: wat ben ik trots op ons team na de open dag!", "ingrid.smit")]
    [InlineData("Vanuit mijn rol als directeur gesproken: welkom aan alle nieuwe leerlingen!", "youssef.bakker")]
    [InlineData("Laat ik eerlijk zijn: ik heb de hele vakantie op de bank gelegen.", "karin.mulder")]
    [InlineData("Ik ga het gewoon zeggen: wat een geweldige musical van groep 8!", "ingrid.smit")]
    [InlineData("Mijn punt vandaag op de schaakclub: ik verloor alle drie de partijen.", "peter.vandijk")]
    [InlineData("Nieuwe referentieniveaus: het ministerie publiceert ze in maart, meldt de PO-Raad.", "marieke.jansen")]
    public void Check_ThanksPraiseAPrivateMatterOrNewsAfterAColon_IsNoOpinion(string text, string author) =>
        Assert.False(LeaderOpinion(text, author), text);

    [Fact]
    public void Check_TheSameFrankViewFromATeacher_IsOnlyAdvice()
    {
        var result = TestChecker.PersonalByRules("Ik zeg het eerlijk: de eindtoets zou later in het jaar moeten.", "jeroen.vos");
        Assert.True(result.Has(Categories.Capacity, Severity.Advice));
        Assert.False(result.Has(Categories.Capacity, Severity.Doubt));
    }

    [Theory]
    [InlineData("Sommige ouders behandelen de opvang als een gratis hotel met ontbijt.")]
    [InlineData("Een paar ouders verwarren het rapportgesprek met een kruisverhoor.")]
    [InlineData("Er zijn vaders die school zien als een pinautomaat voor extra hulp.")]
    [InlineData("Sommige leerlingen gebruiken mij als hun persoonlijke loopjongen.")]
    [InlineData("Bepaalde ouders verwachten dat de juf op zondag meteen reageert op elke app.")]
    [InlineData("Er zijn moeders die vinden dat ik in de vakantie gewoon beschikbaar ben.")]
    [InlineData("Mijn groep 5 van dit jaar kletst liever dan dat ze werken.")]
    [InlineData("Een klas die liever buiten rondrent dan oplet, dat is mijn groep dit jaar.")]
    [InlineData("Er zijn leerkrachten die denken dat de conciërge hun persoonlijke klusjesman is.")]
    [InlineData("Sommige ouders mailen me om middernacht en verwachten om zeven uur een antwoord.")]
    [InlineData("Mijn klas dit jaar: lief, maar luisteren is niet hun sterkste kant.")]
    public void Check_APoliteSneerAtPeopleOfTheSchool_IsAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("Sommige kinderen verwarren de b met de d, daar oefenen we extra mee.")]
    [InlineData("Met de kinderen speelden we vandaag hotel: zij waren de gasten en ik de receptie.")]
    [InlineData("Groep 8 bezocht vandaag de rechtbank en woonde een rechtszaak bij.")]
    [InlineData("Ouders kunnen de juf tot 17 uur bereiken via de app; in het weekend zijn we niet bereikbaar.")]
    [InlineData("Sommige ouders zien school als een tweede thuis voor hun kind, wat fijn.")]
    [InlineData("Mijn klas wil niets liever dan leren, wat een feest.")]
    [InlineData("Sommige ouders helpen op zaterdag mee met het opknappen van het plein, geweldig.")]
    [InlineData("Ouders kunnen binnen twee werkdagen een antwoord van de leerkracht verwachten.")]
    [InlineData("Rekenen is niet mijn sterkste kant, vertelde ik de kinderen in groep 6 lachend.")]
    [InlineData("In de klas speelden de leerlingen een persoonlijke chauffeur en een hotelgast na.")]
    public void Check_ALessonAVisitAnnouncedHoursOrWarmWordsAboutParents_AreNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);
}
