namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added for realistic school posts (issue 9, batch fresh10-school), each with a contrast, in
/// sentences written for this test: an incident under investigation, a complaint being handled, an announced
/// silence that is then broken, internal survey results; a colleague named by a compound role; hurried
/// hospital care, extra support and a diagnosis the author received; a leader's evaluation of a measure; a
/// reply that contradicts a parent's negative judgement.
/// </summary>
public class SchoolPostPatternTests
{
    private static bool Confidential(CheckResult result) => result.Has(Categories.Confidential, Severity.Block);

    [Theory]
    [InlineData("Er loopt nog een onderzoek naar het incident bij de fietsenstalling.")]
    [InlineData("De geschillencommissie buigt zich nu over de zaak van onze oud-collega.")]
    [InlineData("Er is vorige week een klacht ingediend over een van onze leerkrachten.")]
    [InlineData("Wat ik nog niet mag vertellen: er vertrekt na de kerst een collega.")]
    [InlineData("De resultaten van de interne enquête onder het personeel zijn binnen.")]
    public void Check_InvestigationsComplaintsAndInternalResults_AreConfidential(string text) =>
        Assert.True(Confidential(TestChecker.Personal(text, "noor.peters")), text);

    [Theory]
    [InlineData("Er loopt een onderzoek naar leesplezier bij kinderen en onze school doet mee!")]
    [InlineData("Onze klachtenregeling en de klachtencommissie vindt u op de website.")]
    [InlineData("Na het incident op het plein is de politie ingelicht; wij tolereren geen agressie.")]
    public void Check_PublicResearchAndProcedures_AreNotConfidential(string text) =>
        Assert.False(TestChecker.School(text, "karin.mulder").Has(Categories.Confidential), text);

    [Fact]
    public void Check_ColleagueNamedByACompoundRole_HealthIsConfidentialAndPersonal()
    {
        var result = TestChecker.School("Onze vakleerkracht Bas is vorige week aan zijn knie geopereerd.", "karin.mulder");

        Assert.True(Confidential(result));
        Assert.True(result.Has(Categories.PersonalData, Severity.Block));
    }

    [Fact]
    public void Check_FirstNameWithoutARole_IsNotAColleague() =>
        Assert.False(Confidential(TestChecker.School("Bas van de bakker is vorige week aan zijn knie geopereerd.", "karin.mulder")));

    [Theory]
    [InlineData("Liam is gisteren met spoed naar de eerste hulp gebracht.")]
    [InlineData("Daan krijgt vanaf maandag extra begeleiding bij het lezen.")]
    public void Check_HospitalCareOrSupportOfANamedPupil_Blocks(string text) =>
        Assert.True(TestChecker.School(text, "fatima.yilmaz").Has(Categories.PersonalData, Severity.Block), text);

    [Fact]
    public void Check_SupportForEveryone_IsNotPersonalData() =>
        Assert.False(TestChecker.School("Alle kinderen krijgen extra hulp bij het oefenen voor de musical.", "fatima.yilmaz").Has(Categories.PersonalData));

    [Fact]
    public void Check_DiagnosisTheAuthorReceived_Blocks() =>
        Assert.True(TestChecker.Personal("Vorige maand de diagnose reuma gekregen, ik moet het rustiger aan doen.", "jeroen.vos").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_DiagnosisOfSomeoneElse_IsNotTheAuthors() =>
        Assert.False(TestChecker.Personal("Een ouder vertelde over de diagnose die hij kreeg; ik luisterde vooral.", "jeroen.vos").Has(Categories.PersonalData));

    [Theory]
    [InlineData("De nieuwe regels voor telefoons in de klas? Volkomen terecht, eindelijk rust.")]
    [InlineData("Ons nieuwe leesplan is op papier mooi, maar in de praktijk kost het leerkrachten veel tijd.")]
    public void Check_LeaderEvaluatesAMeasure_IsDoubt(string text) =>
        Assert.True(TestChecker.Personal(text, "ingrid.smit").Has(Categories.Capacity, Severity.Doubt), text);

    [Fact]
    public void Check_TeacherEvaluatesAMeasure_IsAdviceOnly() =>
        Assert.True(TestChecker.Personal("De nieuwe regels voor telefoons in de klas? Volkomen terecht, eindelijk rust.", "tom.hendriks").Has(Categories.Capacity, Severity.Advice));

    [Fact]
    public void Check_ReplyContradictingAParentsNegativeJudgement_IsDiscussion()
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Ellen Bos", "Het nieuwe rooster is onduidelijk en chaotisch.");

        Assert.True(TestChecker.School("Dat valt juist mee, de meeste ouders vinden het overzichtelijk.", reply: reply).Has(Categories.Discussion, Severity.Doubt));
    }

    [Fact]
    public void Check_WarmReplyToAPupilsWork_IsNotDiscussion()
    {
        var reply = new ReplyContext(ReplyRole.Student, "Noah Bos", "ik heb een tekening gemaakt van onze klas");

        Assert.False(TestChecker.School("Wat mooi, juist die kleuren passen goed bij elkaar!", reply: reply).Has(Categories.Discussion));
    }

    [Theory]
    [InlineData("Voor de ingewijden: het tekort loopt dit jaar op tot ruim twee ton.")]
    [InlineData("Wie wordt er straks directeur? Ik heb zo mijn vermoedens na de sollicitatiegesprekken.")]
    [InlineData("Het contract met de nieuwe opvang is klaar; de handtekeningen volgen zodra de ondernemingsraad akkoord is.")]
    [InlineData("De uitslag van de stemming hoort de rest pas na de vakantie.")]
    public void Check_SecondRoundHints_AreConfidential(string text) =>
        Assert.True(Confidential(TestChecker.Personal(text, "mark.willems")), text);

    [Theory]
    [InlineData("Ik heb het vermoeden dat de nieuwe rekenmethode beter werkt.")]
    [InlineData("Geen tekort dit jaar: de sponsorloop bracht twee ton op voor de nieuwe speeltuin.")]
    public void Check_SecondRoundContrasts_AreNotConfidential(string text) =>
        Assert.False(TestChecker.Personal(text, "mark.willems").Has(Categories.Confidential), text);

    [Fact]
    public void Check_ChildhoodIllnessOfANamedPupil_Blocks() =>
        Assert.True(TestChecker.School("Liam blijft deze week thuis, hij heeft de mazelen.", "fatima.yilmaz").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_LeaderDemandsTeachersBeLeftAlone_IsDoubt() =>
        Assert.True(TestChecker.Personal("Minder formulieren graag. Laat leerkrachten gewoon hun werk doen in de klas.", "karin.mulder").Has(Categories.Capacity, Severity.Doubt));

    [Fact]
    public void Check_GenericParentWhoSaysSomething_IsNotAQuote() =>
        Assert.False(TestChecker.Personal("Soms is het klein: een ouder die zegt dat het kind weer graag naar school gaat.", "eva.degroot").Has(Categories.Quote));

    [Fact]
    public void Check_ReplyThatDeniesAComplaint_IsDiscussion()
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Ellen Bos", "Er wordt veel te weinig gedaan aan de verkeersveiligheid bij school.");

        Assert.True(TestChecker.School("Dat herken ik niet, er staan elke ochtend twee verkeersbrigadiers.", reply: reply).Has(Categories.Discussion, Severity.Doubt));
    }
}
