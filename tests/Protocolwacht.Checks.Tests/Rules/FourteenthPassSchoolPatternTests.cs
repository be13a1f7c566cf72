using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the fourteenth pass over the school categories (issue 9, batch fresh20-school10), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: a name the
/// dictionary also knows as a word, given a person's role; childhood illnesses; reported speech across a long adverbial
/// (not the author's family, not a publication); hearsay idioms; one colleague's plan to leave; leaders' "hoogste tijd dat" and "valt of staat met";
/// "de afspraak is echter" against a disputing parent, an appointment offered is a redirect; typing out a whole work;
/// a crowded week praised with an ironic emoji.
/// </summary>
public class FourteenthPassSchoolPatternTests
{
    private static CheckResult Leader(string text) => TestChecker.PersonalByRules(text, "ingrid.smit");

    private static CheckResult ParentReply(string text, string incoming) =>
        TestChecker.RulesOnly.Check(new CheckRequest(text, new AccountContext(AccountKind.School, "sintjozef", "facebook"), "linda.koster",
            new ReplyContext(ReplyRole.Parent, "Erik Prins", incoming), []));

    [Theory]
    [InlineData("Fleur heeft waterpokken en blijft deze week bij haar oma.")]
    [InlineData("Bram ligt met een zware griep op bed, hij mist dus het kamp.")]
    [InlineData("Roos en Mila uit groep 4 zijn allebei geschorst na de ruzie op het plein.")]
    public void Check_AWordThatIsAlsoANameInAPersonsRole_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Vanochtend heeft ze haar pols gebroken bij het hardlopen.")]
    [InlineData("Samen hebben ze de griepprik voor alle ouderen in de wijk geregeld.")]
    [InlineData("Fleur, onze cavia, heeft een ontstoken oog en zit bij haar broertje in het hok.")]
    [InlineData("Een klas vol examenkoorts: morgen begint de toetsweek.")]
    public void Check_AnAdverbAPluralAPetOrAFeverOfNerves_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Een ouder vertelde vanochtend bij het hek van de school dat de nieuwe gymleraar te streng is.")]
    [InlineData("Onze conciërge zei gisteren tijdens de kerstlunch in de aula dat hij het gebouw gaat missen.")]
    public void Check_ReportedSpeechAcrossALongAdverbial_IsAQuote(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Quote, Severity.Doubt), text);

    [Theory]
    [InlineData("Mijn dochter zei gisteravond tijdens het tandenpoetsen dat ze later juf wil worden.")]
    [InlineData("Het ministerie schreef vorige week in een kamerbrief dat de werkdruk omlaag moet.")]
    [InlineData("Hij vertelde over zijn reis naar Canada en ik zei dat ik daar ook graag heen wil.")]
    public void Check_TheAuthorsFamilyAPublicationOrAClauseInTheGap_IsNoQuote(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Quote), text);

    [Theory]
    [InlineData("Van horen zeggen: de kleutergroepen van onze school worden na de zomer samengevoegd.")]
    [InlineData("De geruchtenmolen draait: onze teamleider zou na de kerst vertrekken.")]
    [InlineData("In de wandelgangen gaat het erover dat onze school gaat fuseren.")]
    public void Check_HearsayIdiomsAboutAChangeAtSchool_AreConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("In de wandelgangen van het stadhuis hing een mooie tentoonstelling over de polder.")]
    [InlineData("Van horen zeggen weet ik dat de kermis dit jaar groter is.")]
    public void Check_HearsayIdiomsWithoutAChangeAtSchool_AreNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Fact]
    public void Check_OneColleaguesPlanToLeave_IsConfidential_ButAShareOfAllTeachersOrOnesOwnIsNot()
    {
        Assert.True(TestChecker.PersonalByRules("Onze conciërge overweegt na de zomer te vertrekken.").Has(Categories.Confidential, Severity.Block));
        Assert.False(TestChecker.PersonalByRules("Ruim de helft van onze leraren overweegt te stoppen, blijkt uit een landelijk onderzoek.").Has(Categories.Confidential));
        Assert.False(TestChecker.PersonalByRules("Ik overweeg na dit jaar te stoppen met lesgeven.").Has(Categories.Confidential));
    }

    [Theory]
    [InlineData("Het is de hoogste tijd dat we de rapporten in groep 3 afschaffen.")]
    [InlineData("Goed rekenonderwijs staat of valt met dagelijks automatiseren in de klas.")]
    [InlineData("Inclusief onderwijs slaagt alleen als de klassen op school kleiner worden.")]
    public void Check_ALeadersDemandOrCondition_IsCapacityDoubt(string text) =>
        Assert.True(Leader(text).Has(Categories.Capacity, Severity.Doubt), text);

    [Theory]
    [InlineData("Het is de hoogste tijd om de juffen van groep 2 te bedanken voor de musical op school!")]
    [InlineData("De hoogste tijd voor koffie na een lange ouderavond op school.")]
    public void Check_TheHighestTimeToThankOrForCoffee_IsNoCapacityDoubt(string text) =>
        Assert.False(Leader(text).Has(Categories.Capacity, Severity.Doubt), text);

    [Fact]
    public void Check_AnAgreementHeldAgainstAParent_IsDiscussion_ButAnAppointmentOfferedIsNot()
    {
        const string incoming = "Belachelijk dat mijn zoon zijn tas niet mee de klas in mocht!";
        var held = ParentReply("Dank voor uw bericht. De afspraak is echter dat tassen in de gang blijven.", incoming);
        var offered = ParentReply("Dank voor uw bericht! Zullen we volgende week een afspraak maken om het te bespreken?", incoming);

        Assert.True(held.Has(Categories.Discussion, Severity.Doubt));
        Assert.False(offered.Has(Categories.Discussion));
    }

    [Fact]
    public void Check_TypingOutAWholeWork_IsCopyright_ButTypingOutOnesOwnNotesIsNot()
    {
        Assert.True(TestChecker.PersonalByRules("Het hele hoofdstuk uit de rekenmethode heb ik uitgetikt, je vindt het hieronder.").Has(Categories.Copyright, Severity.Block));
        Assert.False(TestChecker.PersonalByRules("Mijn eigen aantekeningen van de hele training heb ik uitgetikt voor wie ze wil.").Has(Categories.Copyright));
    }

    [Fact]
    public void Check_ACrowdedWeekPraisedWithAnIronicEmoji_IsAComplaint_ButSincerePraiseIsNot()
    {
        Assert.True(TestChecker.PersonalByRules("Vier studiedagen in de toetsweek. Fantastisch geregeld 🙃").Has(Categories.HarmfulStatement, Severity.Doubt));
        Assert.False(TestChecker.PersonalByRules("Vier gastlessen in één week, top geregeld door de ouderraad!").Has(Categories.HarmfulStatement));
    }
}
