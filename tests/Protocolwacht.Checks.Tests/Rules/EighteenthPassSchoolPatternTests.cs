using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the eighteenth pass over the school categories (issue 9, batch fresh24-school14), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: resignation
/// without the organisation named ("ze doen maar", "wie verzint dit", "weer een nieuwe koers", an eye-roll at a meeting);
/// countdowns to a pension and in days of the week; the author's medicine and age on the day; a colleague's family news;
/// a decision waiting for a body's consent; documents put on a shared drive; a practical question answered.
/// </summary>
public class EighteenthPassSchoolPatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static CheckResult Reply(string question, string answer) =>
        TestChecker.RulesOnly.Check(new CheckRequest(answer, new AccountContext(AccountKind.School, "regenboog", "facebook"), "tom.hendriks",
            new ReplyContext(ReplyRole.Parent, "Ellen Bos", question), []));

    [Theory]
    [InlineData("Nieuwe huiswerkregels voor de bovenbouw. Ze doen maar.")]
    [InlineData("Ach, ze roepen daarboven maar wat.")]
    [InlineData("Ze zoeken het maar uit met die toetskalender.")]
    [InlineData("Wie verzint dit nou, gym om kwart over acht?")]
    [InlineData("Alweer een nieuwe koers voor de onderbouw.")]
    [InlineData("Het zoveelste overleg deze week.")]
    [InlineData("Studiedag van zes uur over het nieuwe logo 🙄")]
    public void Check_ResignationWithoutTheOrganisationNamed_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("De kleuters doen maar alsof ze slapen, zo schattig.")]
    [InlineData("Wie bedenkt het mooiste gedicht voor moederdag?")]
    [InlineData("Weer een nieuwe studiedag gehad, wat heb ik veel geleerd!")]
    [InlineData("Mooie studiedag vandaag 🙃")]
    public void Check_PretendingPraiseAndAWelcomeMeeting_AreNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Nog 900 werkdagen en dan mijn pensioen.")]
    [InlineData("Nog 6 woensdagen tot de kerstvakantie.")]
    public void Check_ACountdownToAPensionOrInDaysOfTheWeek_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Nog 5 dagen en dan gaat juf Anja met pensioen, kom allemaal naar haar afscheid!")]
    [InlineData("Nog 6 woensdagen tot de Kinderboekenweek.")]
    public void Check_AColleaguesFarewellOrAnEventCountedDownTo_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Ik slik sinds maart antidepressiva en dat mag iedereen weten.")]
    [InlineData("Al twee jaar aan de lithium en ik sta weer stevig.")]
    [InlineData("Vandaag word ik 52, taart in de personeelskamer!")]
    [InlineData("Ik ben vandaag 33 geworden 🎂")]
    public void Check_TheAuthorsMedicineOrAgeOnTheDay_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("De GGD geeft een ouderavond over antidepressiva bij jongeren.")]
    [InlineData("Vandaag word ik oma!")]
    [InlineData("Onze school wordt vandaag 75 jaar.")]
    [InlineData("Morgen word ik om 7 uur opgehaald voor het schoolkamp.")]
    [InlineData("Wij krijgen een tweeling! Ik kan het nog steeds niet geloven.")]
    public void Check_ATopicANewRoleAnAnniversaryATimeOrOwnJoy_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Juf Fatima gaat scheiden, dus even rustig aan met vragen.")]
    [InlineData("Meester Jeroen krijgt een tweeling, maar dat weet nog bijna niemand.")]
    public void Check_AColleaguesFamilyNews_IsConfidentialAndPersonalData(string text)
    {
        var result = TestChecker.PersonalByRules(text);
        Assert.True(result.Has(Categories.Confidential, Severity.Block) && result.Has(Categories.PersonalData, Severity.Block), text);
    }

    [Theory]
    [InlineData("Mits de GMR instemt, gaan de twee scholen in Esveld per januari samen.")]
    [InlineData("Als de raad van toezicht het goedkeurt, verdwijnt de dependance.")]
    [InlineData("De uitslagen van de entreetoets staan in de gedeelde map van groep 6.")]
    public void Check_ADecisionAwaitingConsentOrDocumentsOnASharedDrive_AreConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Als de gemeente akkoord gaat, krijgt het plein een nieuwe speeltuin.")]
    [InlineData("De raad van toezicht heeft het jaarplan vastgesteld, zie de website.")]
    [InlineData("In de gedeelde map staan de foto's van de kerstmarkt.")]
    [InlineData("Hoe vaak slingeren gegevens en cijfers rond in gedeelde mappen?")]
    public void Check_APermitAnAdoptedPlanPhotosOrFoldersInGeneral_AreNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Fact]
    public void Check_AFactualAnswerToAPracticalQuestion_IsNoDiscussion() =>
        Assert.False(Reply("Tot hoe laat is de overblijf? Ik kan haar niet eerder ophalen, lastig.",
            "De overblijf loopt tot 13.15 uur; daarna gaan de kinderen naar hun groep.").Has(Categories.Discussion));

    [Fact]
    public void Check_AReasonGivenToAWhyWithTheSameWeakWord_IsStillDiscussion() =>
        Assert.True(Reply("Waarom is de overblijf zo duur? Het is echt lastig.",
            "De overblijf kost dit bedrag omdat we de vrijwilligers een vergoeding geven.").Has(Categories.Discussion, Severity.Doubt));
}
