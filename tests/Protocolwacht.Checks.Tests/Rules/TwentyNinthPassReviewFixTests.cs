using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The review of stop 48's check changes (fixchecks2), rules alone: each case is the reviewer's sentence and four of our
/// own, every one of which the engine of 2a92134b got wrong (a crash, a false block or doubt, or a miss), and look-alikes
/// from the passes' own pattern tests that must still be stopped:
/// <list type="bullet">
/// <item>scare quotes read at the original position of a folded token (an emoji or "…" before the quote no longer shifts
/// it or throws: no internal doubt);</item>
/// <item>"een hoop/stel" before a word that is mostly a thing (zakken, kwallen, nullen) or a costume is no insult;</item>
/// <item>the diminutive of a group word that is a plant, a costume or a welcome (afrikaantjes, indiaantjes,
/// nieuwkomertjes) is no slur (`plain-diminutive`);</item>
/// <item>rules25's threats by knowing a time: thanks, a fire drill ("het gebouw verlaten") and "elke dag/keer" are none;
/// "dan maak je wat mee" after "bij mij in de klas" is a teacher's promise;</item>
/// <item>"houd het … voor je" as advice and "een plekje voor ons houden" keep nothing secret;</item>
/// <item>sitting in the corner to do something is no punishment;</item>
/// <item>"waarom doen we de deur van de kerk niet dicht?" closes a door;</item>
/// <item>"in een pdf" is any file, "in één pdf" the whole work in one;</item>
/// <item>pupils left seated, a lift reported to the mechanic, our own name or motto in quotes, "heerlijk weer" and a
/// group lingering kindly or carried over from a friendly sentence are no complaint or hate;</item>
/// <item>misses: a hospital or ambulance after a condition aimed at someone is a threat again, and a famous frame covers
/// only the quote beside it (a child's words and reported speech elsewhere in the post are quotes).</item>
/// </list>
/// </summary>
public class TwentyNinthPassReviewFixTests
{
    private static CheckResult Personal(string text) => TestChecker.PersonalByRules(text);

    [Theory]
    [InlineData("Nou… nou… nou… nou… dat heet 'ok'")]
    [InlineData("Vergadering 😩😩 Dat noemen ze dan 'inspraak'.")]
    [InlineData("Weer een enquête 🙄 Dit heet 'samenspraak'.")]
    [InlineData("Tja 🤷 Bij ons heet dat 'professionele ruimte'.")]
    [InlineData("🎉 Het plan van de directie is 'maatwerk'.")]
    public void Check_ScareQuotesAfterEmojiOrEllipsis_AreReadWithoutAnInternalError(string text)
    {
        var result = Personal(text);
        Assert.False(result.Has(Categories.Internal), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Doubt), text);
    }

    [Theory]
    [InlineData("Tijdens de opschoondag hebben de kinderen een hoop zakken zwerfafval opgehaald!")]
    [InlineData("Op het strand zagen we een hoop kwallen.")]
    [InlineData("Een miljoen is een 1 met een hoop nullen.")]
    [InlineData("Bij het carnaval liepen er een hoop heksen en clowns door de gang.")]
    [InlineData("In de knutselhoek lagen een boel kwasten te drogen.")]
    public void Check_AScornPartitiveBeforeAThingOrACostume_IsNoInsult(string text) =>
        Assert.False(Personal(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Wat een stel zeurkousen zijn het in die ouderraad.")]
    [InlineData("Die collega's van hiernaast zijn een stelletje drammers.")]
    [InlineData("Het bestuur bestaat uit een zootje leugenaars.")]
    public void Check_AScornPartitiveBeforeALabelForPeople_IsStillAnInsult(string text) =>
        Assert.True(Personal(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Groep 4 heeft afrikaantjes geplant in de schooltuin.")]
    [InlineData("Welkom aan onze nieuwkomertjes in groep 1!")]
    [InlineData("De kleuters waren verkleed als cowboys en indiaantjes.")]
    [InlineData("De oranje afrikaantjes bij de ingang staan prachtig in bloei.")]
    [InlineData("Vandaag zwaaiden we de nieuwkomertjes van de peutergroep uit naar groep 1.")]
    public void Check_ADiminutiveThatIsAPlantACostumeOrAWelcome_IsNoSlur(string text) =>
        Assert.False(Personal(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Die moslimpjes moeten niet zo zeuren.")]
    [InlineData("Al die Marokkaantjes op het plein, niks aan.")]
    public void Check_ADiminutiveOfAnotherGroup_IsStillScorn(string text) =>
        Assert.True(Personal(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Ik weet wat jullie elke dag doen, ook als niemand het ziet. Dank jullie wel!")]
    [InlineData("Ik weet dat jullie elke keer rustig het gebouw verlaten.")]
    [InlineData("Kom je volgend jaar bij mij in de klas? Dan maak je wat mee!")]
    [InlineData("Ik weet dat jullie elke ochtend keurig de klas verlaten als de bel gaat.")]
    [InlineData("Kom je volgend jaar bij mij op de voetbalclub? Dan kun je wat beleven!")]
    public void Check_ThanksADrillOrATeachersPromise_IsNoThreat(string text) =>
        Assert.False(Personal(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Ik weet hoe laat jouw vrouw van haar werk komt. Die parkeergarage is 's nachts helemaal verlaten.")]
    [InlineData("Elke donderdag loop jij om tien uur door het bos, dat weet ik. Daar ziet niemand wat er gebeurt.")]
    [InlineData("Raak jij nog één keer mijn dochter aan, dan maak je echt iets mee.")]
    [InlineData("Als die buurvrouw weer over mijn hek klimt, dan kan ze wat beleven.")]
    public void Check_KnowingATimeOrAThreatenedConsequence_IsStillAThreat(string text) =>
        Assert.True(Personal(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Lezen in de vakantie? Houd het vooral leuk voor je kind!")]
    [InlineData("Kunnen jullie nog een plekje voor ons houden?")]
    [InlineData("Houd het vooral kort voor jezelf, een samenvatting van tien regels is genoeg.")]
    [InlineData("Wil je nog twee kaartjes voor mij houden voor de musical?")]
    [InlineData("Houd het wel haalbaar voor jullie kinderen, tien minuten lezen per dag is al mooi.")]
    public void Check_AdviceOrAPlaceKept_IsNoSecret(string text) =>
        Assert.False(Personal(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Dit moet ik nog even voor me houden, maar onze intern begeleider gaat weg.")]
    [InlineData("Hou het nog even voor je, maar er verdwijnen twee banen op het bestuursbureau.")]
    [InlineData("Nog niet doorvertellen: volgend jaar krijgen we een nieuwe directeur.")]
    public void Check_NewsKeptForNow_IsStillASecret(string text) =>
        Assert.True(Personal(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Noah zat vanochtend in de hoek te puzzelen.")]
    [InlineData("Sara stond in de hoek te lachen met haar vriendinnen.")]
    [InlineData("Liam zat in de hoek te kleuren.")]
    [InlineData("Daan zat gisteren in de hoek met de blokken te bouwen.")]
    [InlineData("Emma stond in de hoek te tekenen op het whiteboard.")]
    public void Check_APupilInTheCornerDoingSomething_IsNoPunishment(string text)
    {
        // A named pupil on a personal account may still be a doubt of its own; the corner was a block.
        var result = Personal(text);
        Assert.False(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.False(result.Has(Categories.HarmfulStatement), text);
    }

    [Theory]
    [InlineData("Noah heeft vanochtend een tijdje in de hoek gestaan na het gedoe bij de kapstok.")]
    [InlineData("Daan moest in de hoek zitten tijdens het kringgesprek.")]
    [InlineData("Emma is door de invaller in de hoek gezet.")]
    public void Check_APupilPutInTheCorner_IsStillAPunishment(string text) =>
        Assert.True(Personal(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Waarom doen we de deur van de kerk niet dicht? Het tocht enorm.")]
    [InlineData("Waarom doen we het raam van de moskee niet dicht? Het regent naar binnen.")]
    [InlineData("Waarom sluiten we het hek van de synagoge niet? Dan lopen de kleuters niet weg.")]
    [InlineData("Waarom doen we de deuren van de synagoge niet dicht? Het is koud.")]
    [InlineData("Waarom gooien we de poort van de moskee niet dicht na het bezoek? Het waait zo.")]
    public void Check_ADoorOfAPlaceOfWorshipClosed_IsNoGroupHate(string text) =>
        Assert.False(Personal(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Waarom gooien we die synagogen niet gewoon dicht?")]
    [InlineData("Waarom sluiten we die moskeeën niet?")]
    public void Check_APlaceOfWorshipItselfClosed_IsStillGroupHate(string text) =>
        Assert.True(Personal(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("De hele les van vandaag staat in een pdf in Google Classroom voor wie ziek is.")]
    [InlineData("Het hele werkblad van vandaag staat in een pdf op Classroom.")]
    [InlineData("De hele toets van vrijdag staat in een pdf in de app.")]
    [InlineData("De hele les over breuken staat in een pdf voor wie ziek was.")]
    [InlineData("De hele les van maandag staat in een pdf op de site.")]
    public void Check_OurOwnThingInAFile_IsNoCopy(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Op school laten we de kinderen tijdens het eten rustig zitten.")]
    [InlineData("De lift staat deze week stil, de monteur komt vrijdag.")]
    [InlineData("Dit noemen we 'hakken en plakken'.")]
    [InlineData("Het motto van onze school is 'verbinding'.")]
    [InlineData("Op school laten we de peuters na de lunch even zitten.")]
    [InlineData("De printer staat deze week stil; de storing is gemeld.")]
    [InlineData("In groep 5 noemen we dit 'de rekenmuur'.")]
    [InlineData("Het thema van onze school is 'samen'.")]
    public void Check_PupilsSeatedANoticeOrOurOwnName_IsNoComplaint(string text) =>
        Assert.False(Personal(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Heerlijk weer vandaag op school voor de laatste sportdag in dit gebouw. Na de zomer verhuizen we naar de Kastanjelaan!")]
    [InlineData("Prachtig weer vandaag op school voor de laatste sportdag in dit gebouw. Na de zomer verhuizen we naar de Lindenlaan!")]
    [InlineData("Heerlijk weer vandaag op school voor het laatste schoolfeest in dit gebouw. Na de zomer verhuizen we naar de Beukenlaan!")]
    [InlineData("Heerlijk weer vandaag op school voor de laatste koningsspelen hier. Na de zomer verhuizen we naar de Kastanjelaan!")]
    [InlineData("Zonnig weer vandaag op school voor de laatste sportdag in dit gebouw. Na de zomer verhuizen we naar de Kastanjelaan!")]
    public void Check_TheWeatherBeforeAMove_IsNoPraiseBeforeALoss(string text) =>
        Assert.False(Personal(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Het bestuur laat de kleine scholen in het dorp gewoon zitten.")]
    [InlineData("Het toetsprogramma staat al twee weken stil en de cijfers moeten vrijdag binnen zijn.")]
    [InlineData("De wifi in de bovenbouw doet het nog steeds niet.")]
    [InlineData("Dat noemen ze bij het bestuur 'ruimte geven'.")]
    [InlineData("Het nieuwe jaarplan van de directie is 'ambitieus'.")]
    public void Check_TheOrganisationLeavingUsOrNamingItsOwnThing_IsStillAComplaint(string text) =>
        Assert.True(Personal(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Theory]
    [InlineData("Na de taalles hangen de Oekraïense moeders altijd nog even rond in de aula.")]
    [InlineData("Na school hangen Syrische jongeren rond bij het nieuwe jongerencentrum, dat elke avond open is.")]
    [InlineData("Onze Turkse ouders verrasten het team met baklava. Straks lijkt het hier wel Istanbul!")]
    [InlineData("Na de koffieochtend hangen de Poolse vaders altijd even rond op het plein.")]
    [InlineData("Onze Marokkaanse moeders maakten harira voor de hele school. Straks is het hier net Casablanca!")]
    public void Check_AGroupLingeringKindlyOrAFriendlyJoke_IsNoGroupHate(string text) =>
        Assert.False(Personal(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Al die moslims hier. Binnenkort is het hier net Syrië, let maar op.")]
    [InlineData("Die Marokkanen overal. Straks lijkt Nederland wel Marokko.")]
    public void Check_AGroupThenSoonLikeAbroad_IsStillGroupHate(string text) =>
        Assert.True(Personal(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Als je nog één keer aan mijn dochter komt, het ziekenhuis is dichtbij.")]
    [InlineData("Als jij nog eens aan mijn zoon zit, de ambulance staat al klaar.")]
    [InlineData("Zodra hij mijn vrouw weer lastigvalt, het ziekenhuis is om de hoek.")]
    [InlineData("Als je nog één keer aan mijn auto komt, het ziekenhuis is niet ver.")]
    [InlineData("Als je mijn kinderen nog eens bedreigt, het ziekenhuis heeft altijd plek.")]
    public void Check_AnOutcomePlaceAfterAConditionAimedAtSomeone_IsAThreatAgain(string text) =>
        Assert.True(Personal(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("De lift staat alweer stil, dus de rolstoel van onze leerling moet via de achteringang.")]
    public void Check_AnOutcomeOpeningALaterClauseWithNoOneAimedAt_IsStillNoThreat(string text) =>
        Assert.False(Personal(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Uitspraak van de week, van een kleuter: 'Juf, is de maan ook jarig?'")]
    [InlineData("Wijze woorden van Confucius. Een vader vertelde me dat hij de juf niet vertrouwt.")]
    [InlineData("Citaat van de dag, van een leerling uit groep 3: 'Meester, waarom heeft de zon geen jas aan?'")]
    [InlineData("Mooie gedachte van Maria Montessori. Een moeder zei gisteren dat haar zoon nooit huiswerk maakt.")]
    [InlineData("Uitspraak van de maand, van een moeder bij het hek: 'Ik ben blij dat de juf er weer is, die invaller was niks.'")]
    public void Check_AChildsWordsOrSpeechBesideAFamousFrame_IsAQuote(string text) =>
        Assert.True(Personal(text).Has(Categories.Quote, Severity.Doubt), text);

    [Theory]
    [InlineData("Uitspraak van de week, van Albert Einstein: 'Fantasie is belangrijker dan kennis.'")]
    [InlineData("'Help mij het zelf te doen' zei Maria Montessori al. Onze peuters smeren vanaf nu hun eigen boterham.")]
    [InlineData("Janusz Korczak schreef: 'Kinderen worden niet pas later mensen, ze zijn het al.' Die zin hangt boven mijn bureau.")]
    public void Check_AFamousSaying_IsStillNoQuote(string text) =>
        Assert.False(Personal(text).Has(Categories.Quote), text);
}
