namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-third pass (rules19), each pattern in five sentences written for this test in other
/// words than the batches (other verbs, word order, tense, person, a demonstrative, a question, a conditional), with five
/// allowed look-alikes beside it, judged by the rules alone: harm told by its remedy, a body part with an article or its
/// particle split off by an adverbial, a veiled threat by what will soon be gone or what awaits someone, a noun of crime
/// with a quantifier said of the organisation, an animal emoji after a comparison or a person, an opinion called stupid
/// (counter-speech) against a person called so, and "zo'n" read as the two tokens the tokenizer gives. One look-alike
/// of the villains is left out because it still fails: "Allemaal boeven en agenten op het plein, groep 4 speelt
/// tikkertje" is blocked by the rules (as the tuning batch's "politie en boefje: allemaal boeven tegen twee agenten").
/// </summary>
public class TwentyThirdPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die buurman nog eens aan mijn auto komt, kan hij zijn neus laten rechtzetten.")]
    [InlineData("Die invaller mag morgen zijn wenkbrauw laten hechten, dat beloof ik.")]
    [InlineData("Zodra ik die vent tegenkom, kan hij bij de tandarts een nieuwe voortand laten maken.")]
    [InlineData("Wie nog één keer aan mijn dochter komt, moet daarna zijn pols laten spalken.")]
    [InlineData("Reken maar dat die trainer na vrijdag naar de eerste hulp moet om zijn lip te laten hechten.")]
    public void Check_HarmToldByItsRemedy_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn zoon viel van het klimrek en moest zijn lip laten hechten.")]
    [InlineData("Na de val op het ijs moest de juf haar pols laten zetten.")]
    [InlineData("Als je tand afbreekt, kun je hem bij de tandarts laten repareren.")]
    [InlineData("Ik ga morgen mijn kies laten repareren bij de tandarts.")]
    [InlineData("De EHBO-post staat bij de ingang, daar kun je pleisters halen als je valt.")]
    public void Check_RemedyAsNewsOrAdvice_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik trek die jongen het haar uit zijn hoofd.")]
    [InlineData("Als hij nog eens komt, sla ik die vent de tanden uit zijn bek.")]
    [InlineData("We draaien die pestkop de nek om als hij zo doorgaat.")]
    [InlineData("Die buurman trek ik één voor één de nagels eruit.")]
    [InlineData("Zijn oren ruk ik er stuk voor stuk af.")]
    public void Check_BodyPartWithAnArticleOrParticleApart_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik trek de kinderen één voor één de laarzen uit.")]
    [InlineData("De kapper knipt de kinderen het haar voor de schoolfoto.")]
    [InlineData("We trekken stuk voor stuk het onkruid eruit.")]
    [InlineData("Ik draai de kraan om en spoel het haar van de pop uit.")]
    [InlineData("Ik kam de meisjes het haar voor de musical.")]
    public void Check_ThingsOrCarePulled_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die auto van de wethouder staat er volgende week niet meer, let maar op.")]
    [InlineData("Dat busje van de buurman rijdt niet lang meer.")]
    [InlineData("Ik trap die brommer van hem helemaal in elkaar.")]
    [InlineData("Die conciërge hoopt maar beter dat zijn scooter heel blijft.")]
    [InlineData("Die vent weet niet wat hem te wachten staat als ik hem zie.")]
    public void Check_VeiledThreatBySoonGone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het oude fietsenhok staat er niet lang meer, het nieuwe komt in juni.")]
    [InlineData("De kinderen weten niet wat hun te wachten staat bij de musical.")]
    [InlineData("We hopen maar dat de bus op tijd is.")]
    [InlineData("Onze oude schoolbus rijdt niet lang meer, hij gaat naar de sloop.")]
    [InlineData("De oude dozen trappen we in elkaar voor het papier.")]
    public void Check_ThingsSoonGoneAsNews_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Allemaal boeven bij het bestuur.")]
    [InlineData("Die directie is één grote bende oplichters.")]
    [InlineData("Stuk voor stuk zakkenvullers, die mensen in het MT.")]
    [InlineData("Ons MT bestaat alleen maar uit fraudeurs.")]
    [InlineData("Bij Konot zitten allemaal criminelen.")]
    public void Check_VillainWithAQuantifierOfTheOrganisation_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De politie heeft een grote bende oplichters opgerold.")]
    [InlineData("Stuk voor stuk toppers, die mensen van de directie.")]
    [InlineData("Allemaal oplichters, die nepwebshops: let goed op.")]
    [InlineData("In het boek is het bestuur van de stad één grote bende dieven.")]
    public void Check_VillainsElsewhere_IsNoInsult(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die meester loopt erbij als een 🐧")]
    [InlineData("De teamleider snurkte in de vergadering als een 🐗")]
    [InlineData("Onze conciërge 🐘 kwam weer binnenstampen.")]
    [InlineData("Die vader lijkt wel een 🦍")]
    [InlineData("Juf Annet 🐔🐔 was weer aan het kakelen.")]
    public void Check_AnimalEmojiAfterAComparisonOrAPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We zagen een pinguïn zwemmen, snel als een pijl 🐧")]
    [InlineData("Ons schoolkonijn is jarig 🐰")]
    [InlineData("De kleuters brulden als leeuwen bij het voorlezen 🦁")]
    [InlineData("Groep 5 ging naar de dierentuin: de olifanten waren favoriet 🐘")]
    [InlineData("De juf las voor over de kip die niet kon vliegen 🐔")]
    public void Check_AnimalEmojiAfterAnimalNews_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("'Jongens huilen niet' zei iemand. Wat een achterlijke gedachte.")]
    [InlineData("Dat standpunt over vluchtelingen vind ik ronduit idioot.")]
    [InlineData("Die uitspraak van de wethouder over moslims is dom en kwetsend.")]
    [InlineData("Wat een stompzinnige mening dat meisjes niet kunnen voetballen.")]
    [InlineData("Zijn reactie op de regenboogvlag was achterlijk, wij zijn trots op al onze leerlingen.")]
    public void Check_AnOpinionCalledStupid_IsNoInsult(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die wethouder is gewoon achterlijk.")]
    [InlineData("Wat een achterlijke directeur hebben we.")]
    [InlineData("Die stompzinnige juf snapt niks van kinderen.")]
    [InlineData("Die vader met zijn mening is echt idioot.")]
    [InlineData("Achterlijke vader, blijf weg bij het hek.")]
    public void Check_APersonCalledStupid_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zo'n vieze pot, die buurvrouw.")]
    [InlineData("Zo'n oplichter als onze directeur hoort niet in het onderwijs.")]
    public void Check_ZoNBeforeAnInsult_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zo'n mooie pot bloemen van de buurvrouw.")]
    [InlineData("Zo'n heerlijke dag, de zon scheen de hele pauze.")]
    public void Check_ZoNBeforePraise_IsNoInsult(string text) => Assert.Null(Harm(text));
}
