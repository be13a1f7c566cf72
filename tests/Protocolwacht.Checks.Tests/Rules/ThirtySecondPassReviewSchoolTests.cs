namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// Review findings 5–9, 11 and 12 on stop 51's school28 and rules28 lines (fixchecks5b), judged by the rules alone on a
/// personal account: for each, the reviewer's sentences, two more in other words that must get the right verdict, and two
/// sentences the original pass was written for that keep theirs (so each fix shows it did not switch the line off).
/// </summary>
public class ThirtySecondPassReviewSchoolTests
{
    private static CheckResult Personal(string text) => TestChecker.PersonalByRules(text, "kees.dekker");

    private static Severity? Harm(string text) => Personal(text).SeverityOf(Categories.HarmfulStatement);

    // Finding 5: the own work of the sentence before does not cover a work this sentence names by a title of its own.
    [Theory]
    [InlineData("Groep 7 heeft een eigen rap geschreven. Hieronder de volledige songtekst van 'Dansen op de vulkaan' van Snollebollekes!")]
    [InlineData("Onze kleuters hebben zelf een liedje gemaakt. Hieronder de complete songtekst van 'Ik heb een toeter op mijn waterscooter' van Carnaval Festival.")]
    [InlineData("De kinderen schreven een eigen gedicht. Hieronder de volledige songtekst van 'Zoutelande' van BLØF.")]
    public void Copyright_ATitledWorkAfterAnOwnOne_IsBlocked(string text) =>
        Assert.Equal(Severity.Block, Personal(text).SeverityOf(Categories.Copyright));

    [Theory]
    [InlineData("Groep 7 heeft een eigen rap geschreven over het verkeer. Hieronder de volledige tekst!")]
    [InlineData("De kinderen schreven een eigen rap over pesten. Hieronder de complete songtekst.")]
    public void Copyright_TheOwnWorkOfTheSentenceBefore_IsNotCopyright(string text) =>
        Assert.False(Personal(text).Has(Categories.Copyright), text);

    // Finding 6: "een" before a quoted word needs a sneer of its own.
    [Theory]
    [InlineData("Het bestuur van Konot start een 'leesoffensief': elke dag een kwartier voorlezen.")]
    [InlineData("De directie begint een 'taalweek', met elke ochtend een woordspel in de kring.")]
    [InlineData("Het bestuur van Konot opent een 'denktank' waarin leerlingen meepraten over het schoolplein.")]
    public void Complaint_ANamedPlanAfterEen_IsNotAComplaint(string text) =>
        Assert.Null(Harm(text));

    [Theory]
    [InlineData("Weer een 'verbetering' van de directie: de koffieautomaat is weg.")]
    [InlineData("Het bestuur noemt het een 'investering': twee lokalen minder.")]
    [InlineData("Alweer een 'innovatie' van het bestuur, nu moeten we alles dubbel invoeren.")]
    public void Complaint_ASneeredPractice_StaysDoubt(string text) =>
        Assert.Equal(Severity.Doubt, Harm(text));

    // Finding 7: the own plan, or a denial of the failure, is no criticism of the employer's policy.
    [Theory]
    [InlineData("Ons plan voor het schoolplein werkt niet, zegt de directie; we gaan het aanpassen met de kinderen.")]
    [InlineData("Het besluit van het bestuur werkt niet averechts, integendeel: iedereen is blij.")]
    [InlineData("Onze aanpak van de pauzes werkt niet goed genoeg, schrijft het MT, dus we proberen iets nieuws met de klassen.")]
    [InlineData("Het beleid van Konot werkt niet tegen de kleine scholen, integendeel, die krijgen er uren bij.")]
    public void Complaint_TheOwnPlanOrADeniedFailure_IsNotAComplaint(string text) =>
        Assert.Null(Harm(text));

    [Theory]
    [InlineData("Het vervangingsbeleid van het bestuur werkt gewoon niet.")]
    [InlineData("De visie van Konot op werkdruk werkt averechts.")]
    public void Complaint_TheEmployersPolicyThatFails_StaysDoubt(string text) =>
        Assert.Equal(Severity.Doubt, Harm(text));

    // Findings 8 and 9: a pupils' budget, a shortage of helpers or of sleep, a published vacancy and classes joined for a
    // party are no figures of the organisation.
    [Theory]
    [InlineData("In groep 8 maken de leerlingen een begroting voor het schoolkamp. Die is nog niet definitief, maar ze rekenen hard!")]
    [InlineData("De inschrijving voor het kamp is nog niet rond; er is een tekort aan begeleiders.")]
    [InlineData("Door het slaaptekort na het kamp kan ik alvast verklappen: vroeg naar bed vanavond!")]
    [InlineData("We hebben een vacature voor een conciërge! Ik kan al zeggen dat het een hele leuke baan is.")]
    [InlineData("We broeden op een plan om groep 3 en 4 samen te voegen voor het kerstdiner. Gezellig!")]
    [InlineData("Groep 6 maakte een begroting voor de klassenavond. Nog niet rond, want de limonade is duur!")]
    [InlineData("Na het schoolkamp is er een flink slaaptekort, dat kan ik je alvast vertellen.")]
    [InlineData("Zoek je een leuke baan? Ik kan al vertellen dat er een vacature is voor een vakleerkracht gym, solliciteer snel!")]
    [InlineData("We broeden op een idee om groep 5 en 6 samen te voegen voor het paasontbijt, gezellig samen eten.")]
    public void Confidential_APupilsBudgetAPublishedVacancyOrAParty_IsNotConfidential(string text) =>
        Assert.False(Personal(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("De begroting van volgend jaar is nog niet rond, maar de gymzaal gaat er niet in komen.")]
    [InlineData("Ik zeg alvast dat het tekort groter is dan iedereen denkt.")]
    [InlineData("Wat ik al kan vertellen: er komen vijf vacatures bij voor de nieuwe locatie.")]
    [InlineData("Zit te broeden op een idee om groep 7 en 8 samen te voegen.")]
    public void Confidential_AFigureOrAChangeOfTheOrganisation_StaysBlocked(string text) =>
        Assert.Equal(Severity.Block, Personal(text).SeverityOf(Categories.Confidential));

    // Finding 11: a sport, a child found at home, a lost milk tooth and a club that makes you shine are no threats.
    [Theory]
    [InlineData("Wie niet goed springt, ligt in de sloot! Fierljeppen was een groot succes.")]
    [InlineData("Mijn zoon verstopt zich overal. We vinden hem nog eens in de prullenbak 😂")]
    [InlineData("Heb je je tand verloren? Dan mag je tand in een doosje mee naar huis.")]
    [InlineData("Kom dansen bij de musicalclub, dan ga je zien wat er met je gebeurt: je straalt!")]
    [InlineData("Wie bij het polsstokspringen te vroeg loslaat, ligt straks in de sloot, dus oefen eerst op het gras.")]
    [InlineData("Onze kat kruipt in elke doos; we vinden haar nog eens in de container.")]
    [InlineData("Is je kies eruit? Dan mag je kies in een zakje mee naar huis.")]
    [InlineData("Doe mee met de toneelclub, dan zul je zien wat er met je gebeurt: je groeit!")]
    public void Threat_ASportAFamilyAToothOrAClub_IsNotAThreat(string text) =>
        Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als die knul nog eens aan mijn brommer zit, ligt hij vrijdag in de sloot.")]
    [InlineData("Als die vent nog eens aan mijn dochter komt, mag hij zijn tanden in een zakje mee naar huis nemen.")]
    [InlineData("Als die jongen nog eens aan mijn fiets zit, zal hij zien wat er met hem gebeurt.")]
    [InlineData("Nog één keer zo'n grap en je mag je gebit in een zakje meenemen.")]
    public void Threat_AThreatOfTheOriginalPass_StaysBlocked(string text) =>
        Assert.Equal(Severity.Block, Harm(text));

    // Finding 12: a garden coming back next year, a thank-you with cake, an anecdote, the best of the class, a light out
    // of order, children praised for their fantasy, a liar in a fairy tale and the own child as a noisy animal are no grudge, insult or slander.
    [Theory]
    [InlineData("Kijk mijn nieuwe moestuin eens! Dit komt volgend jaar zeker terug.")]
    [InlineData("Kijk eens wat ik van mijn collega's kreeg! Die krijgen ze volgende week terug met taart.")]
    [InlineData("Ik schold mezelf uit toen ik mijn sleutels kwijt was. Dat komt vast terug als anekdote.")]
    [InlineData("Mijn dochter is niet de slimste in de klas, maar ze werkt keihard. Zo trots!")]
    [InlineData("Sinds de storing brandt er geen licht boven in groep 7; de conciërge is ermee bezig.")]
    [InlineData("Wat fijn dat jullie kinderen zo mooi fantaseren over de toekomst!")]
    [InlineData("Meneer Bos las voor uit Pinokkio: wie liegt, krijgt altijd een lange neus!")]
    [InlineData("Kijk mijn zonnebloemen eens! Dat komt elk jaar terug in onze tuin.")]
    [InlineData("Mijn buurvrouw gaf mij soep toen ik ziek was. Die krijgt ze terug met een cadeautje.")]
    [InlineData("Mijn zoon is niet de snelste of de slimste in de groep, maar hij helpt iedereen.")]
    [InlineData("In het lokaal boven brandt geen licht, de lamp is stuk; de conciërge vervangt hem morgen.")]
    [InlineData("Wat mooi dat uw kinderen zo heerlijk fantaseren over draken en ridders.")]
    [InlineData("Meneer Bos vertelde over Pinokkio: wie liegt, krijgt altijd een lange neus.")]
    [InlineData("Mijn dochter is een kwetterende vogel, ze vertelt de hele dag.")]
    [InlineData("Onze zoon is echt een brullende beer als hij wakker wordt, heerlijk.")]
    [InlineData("Mijn dochter blijft een kwakende kikker in bad, we lachen ons rot.")]
    public void Harm_AGardenACakeTheClassOrAFairyTale_IsNotBlocked(string text) =>
        Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die buurvrouw heeft mij uitgelachen waar iedereen bij was. Dat pak ik haar terug.")]
    [InlineData("Hij heeft mij bij de buren zwartgemaakt. Dat komt nog wel terug.")]
    [InlineData("Die buurman is echt niet het scherpste potlood uit de doos.")]
    [InlineData("Bij die vader van de voetbalclub brandt weinig licht boven.")]
    [InlineData("Uw zoon liegt, meneer. Dat zien we elke dag.")]
    [InlineData("Meneer Prins, Finn liegt gewoon over wat er in de klas gebeurde.")]
    [InlineData("Die moeder bij de voetbalclub is echt een krijsende papegaai.")]
    [InlineData("Die moeder bij het hek is echt een krijsende papegaai.")]
    public void Harm_AGrudgeAnIdiomOrSlanderOfTheOriginalPass_StaysBlocked(string text) =>
        Assert.Equal(Severity.Block, Harm(text));
}
