using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twenty-third pass over the school categories (issue 9, batch fresh29-school19), rules
/// alone, each with five sentences in other words than the batches and five look-alikes that stay allowed: a wait told
/// without its span; a room failing by its symptom (broken heating, a cold room, mould left alone, a leak with every
/// shower); a decision taken "zonder dat iemand het ons vroeg"; the own class pointed at and sneered at across
/// sentences; a negative attribute of the own class as a doubt, not a block; a named pupil kept after school or left
/// behind; a listening edition of a method; a reply that corrects the parent without a denial word.
/// </summary>
public class TwentyThirdPassSchoolPatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool NoComplaint(string text) => !TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement);

    private static CheckResult Reply(string question, string answer) =>
        TestChecker.RulesOnly.Check(new CheckRequest(answer, new AccountContext(AccountKind.School, "regenboog", "facebook"), "tom.hendriks",
            new ReplyContext(ReplyRole.Parent, "Ellen Bos", question), []));

    [Theory]
    [InlineData("Wij wachten nog altijd op de beloofde nieuwe tafels.")]
    [InlineData("We wachten op de directie voor een antwoord over de klassenindeling.")]
    [InlineData("Nog steeds geen invaller voor de kleuters.")]
    [InlineData("Nog steeds geen antwoord van het bestuur over de nieuwe gymzaal.")]
    [InlineData("Ik wacht nog op de toegezegde koptelefoons voor mijn groep.")]
    [InlineData("Twee maanden later nog geen nieuws over de kapotte kraan in het lokaal.")]
    public void Check_AWaitWithoutItsSpan_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("We wachten nog op de uitslag van de voorleeswedstrijd!")]
    [InlineData("Nog altijd geen sneeuw, jammer voor de sleetjes.")]
    [InlineData("We wachten op de bus naar de kinderboerderij.")]
    [InlineData("Nog steeds geen winnaar in de dammenquiz: spannend!")]
    [InlineData("Wij wachten op Sinterklaas, hij komt om tien uur.")]
    public void Check_AWaitForNewsOrTheWeather_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("De cv-ketel is kapot en de kinderen zitten in hun jas.")]
    [InlineData("In het speellokaal is het vanochtend 14 graden.")]
    [InlineData("De radiator in mijn lokaal doet het niet, we rillen.")]
    [InlineData("Er zit schimmel in de teamkamer en niemand doet er iets aan.")]
    [InlineData("Het dak lekt bij elke stortbui op de tafels van groep 5.")]
    public void Check_ARoomFailingByItsSymptom_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("De kachel is gerepareerd, heerlijk warm in de klas.")]
    [InlineData("In de klas meten we de temperatuur: 20 graden.")]
    [InlineData("Buiten is het 8 graden, neem een jas mee.")]
    [InlineData("We onderzoeken schimmel op brood in de natuurles.")]
    [InlineData("De kachel in de personeelskamer gaat om zeven uur aan.")]
    public void Check_ARoomRepairedOrMeasured_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("De gymtijden zijn veranderd zonder dat iemand ons iets vroeg.")]
    [InlineData("Het bestuur heeft de formatie bepaald zonder de directeuren te raadplegen.")]
    [InlineData("Zonder het team te vragen werd het rooster omgegooid.")]
    [InlineData("Ze hebben de groepen ingedeeld zonder dat wij gevraagd zijn.")]
    [InlineData("De vakantiedagen werden gewijzigd zonder de MR te raadplegen.")]
    public void Check_ADecisionWithoutAskingByAClause_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Zonder dat iemand het vroeg, hebben de kinderen de klas opgeruimd.")]
    [InlineData("De kinderen mochten zonder te vragen een boek kiezen uit de kast.")]
    [InlineData("Het kabinet besloot zonder de ouders te vragen tot een nieuwe toets.")]
    [InlineData("We hebben na een rondvraag onder ouders de datum van het feest bepaald.")]
    [InlineData("Het team heeft de roosters vastgesteld; ouders kunnen zonder afspraak binnenlopen.")]
    public void Check_WithoutAskingBesideNoImposedDecision_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Wat een klas vandaag. Onrustig van begin tot eind.")]
    [InlineData("Vandaag weer met mijn groep 6. Die groep is echt niet te houden.")]
    [InlineData("Wat een groep! Ongeconcentreerd en brutaal de hele middag.")]
    [InlineData("Mijn leerlingen zijn echt onhandelbaar de laatste weken.")]
    [InlineData("Mijn klas vanmiddag. Ze waren rumoerig en chaotisch.")]
    public void Check_TheOwnClassSneeredAtAcrossSentences_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Wat een groep! Trots op hun spreekbeurten.")]
    [InlineData("Wat een groep vandaag, wat een fijne middag!")]
    [InlineData("Mijn groep was druk bezig met de kerststukjes.")]
    [InlineData("Ik heb groep 8. Ze zijn niet onrustig, alleen heel nieuwsgierig.")]
    [InlineData("Wat een drukte in de stad vandaag, ik blijf lekker thuis.")]
    [InlineData("Mijn groep was vanmiddag niet te houden van plezier bij de sportdag.")]
    public void Check_TheOwnClassPraisedOrBusy_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Mijn leerlingen zijn hopeloos met breuken.")]
    [InlineData("Mijn groep is echt onmogelijk deze week.")]
    [InlineData("Onze klas is hopeloos dit jaar.")]
    public void Check_ANegativeAttributeOfTheOwnClass_IsADoubtNotABlock(string text)
    {
        var result = TestChecker.PersonalByRules(text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Doubt), text);
        Assert.False(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Mijn leerlingen zijn sukkels.")]
    [InlineData("Die ouders van groep 8 zijn hopeloos.")]
    public void Check_NameCallingOrOthersClass_StaysABlock(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Noah moet vanmiddag na schooltijd blijven.")]
    [InlineData("Liam blijft donderdag na school in het lokaal.")]
    [InlineData("Daan gaat morgen niet mee op schoolreis.")]
    [InlineData("Sara blijft tijdens het schoolfeest op school bij de conciërge.")]
    [InlineData("Emma moest gisteren na school blijven.")]
    public void Check_ANamedPupilKeptAfterSchoolOrLeftBehind_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Noah blijft na schooltijd om de juf te helpen met opruimen.")]
    [InlineData("Liam gaat niet mee op kamp, hij koos zelf voor het voetbaltoernooi.")]
    [InlineData("Alle kinderen blijven vandaag na schooltijd voor de musicalrepetitie.")]
    [InlineData("Juf Eva blijft na schooltijd voor de ouderavond.")]
    [InlineData("Wie niet mee gaat op schoolreis, krijgt een leuk programma op school.")]
    public void Check_StayingByChoiceOrForEveryone_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Ik heb de luisterversie van onze rekenmethode opgenomen en op YouTube gezet.")]
    [InlineData("De complete taalmethode staat nu als voorleesversie op onze website.")]
    [InlineData("We maakten een hoorspel van het hele leesboek en zetten het online.")]
    [InlineData("Ik heb een voorleesversie van ons werkboek ingesproken voor de ouders.")]
    [InlineData("Het hele lesboek van groep 7 als luisterversie in onze podcast.")]
    public void Check_AListeningEditionOfAMethod_IsCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("De uitgever biedt een luisterversie van de methode aan via de schoolsite.")]
    [InlineData("Groep 7 maakte een eigen hoorspel over piraten.")]
    [InlineData("Juf leest in de klas voor uit het hele prentenboek.")]
    [InlineData("Luister naar de luisterversie van het jeugdjournaal.")]
    [InlineData("De bibliotheek leent luisterversies van boeken uit.")]
    public void Check_AListeningEditionNotMadeOfAMethod_IsNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Waarom krijgt mijn zoon geen extra hulp?", "Daar heeft u het mis: hij krijgt twee keer per week extra begeleiding.")]
    [InlineData("De juf heeft niks gezegd over de toets.", "Het ging anders dan u schrijft, de toets stond in de agenda.")]
    [InlineData("Ik wist niet dat het feest op vrijdag was.", "Zoals in de brief stond, is het feest op vrijdag.")]
    [InlineData("Jullie hebben het schoolreisgeld verhoogd!", "Dat zit anders, de bijdrage is gelijk gebleven.")]
    [InlineData("De meester zei dat we geen huiswerk hoefden te maken.", "Dat is niet wat we hebben afgesproken in de klas.")]
    public void Check_AReplyCorrectingTheParentWithoutDenial_IsDiscussion(string question, string answer) =>
        Assert.True(Reply(question, answer).Has(Categories.Discussion, Severity.Doubt), answer);

    [Theory]
    [InlineData("Wat een mooi kerstfeest!", "Dank u wel, wat fijn om te horen!")]
    [InlineData("Wanneer is de sportdag?", "Op vrijdag 12 juni op het sportpark.")]
    [InlineData("Ik ben het er niet mee eens.", "Jammer om te horen, belt u mij morgen even?")]
    [InlineData("Hoe laat begint de musical?", "Om half zeven in de aula, tot dan!")]
    [InlineData("Mijn dochter zegt dat de gym uitvalt.", "Bedankt voor uw bericht, ik bel u vanmiddag.")]
    public void Check_AReplyThankingOrInforming_IsNoDiscussion(string question, string answer) =>
        Assert.False(Reply(question, answer).Has(Categories.Discussion), answer);
}
