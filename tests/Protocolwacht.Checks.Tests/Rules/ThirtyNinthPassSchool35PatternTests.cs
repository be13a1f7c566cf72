using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirty-ninth pass over school staff's complaints, opinions and sensitive facts (issue 9,
/// batch fresh45-school35), rules alone, each with sentences in other words than the batches and look-alikes: a pupil
/// kept in or set apart without a cause; one child pointed out by a description ("met …") before the class; the author's
/// medicine after a span of time without "ik"; a repeated year or a family's trouble without the old words; a service the school is taken for (class service-role); praise a few words
/// before a participle of planning; a wish about the past aimed at the leadership; eagerness beside a holiday countdown;
/// a leader setting one course against another after a comma (`ContrastedCourse`); a measure said to have no point at
/// all, to be no answer or the only one, to wreck education or to have to lead again; the number words of SarcasticComplaintJudge as the class count-word.
/// </summary>
public class ThirtyNinthPassSchool35PatternTests
{
    private static CheckResult Check(string text, string author = "linda.koster") => TestChecker.PersonalByRules(text, author);

    private static bool Sensitive(string text, string author = "linda.koster") => Check(text, author).Has(Categories.PersonalData, Severity.Block);

    private static bool Complaint(string text, string author = "kees.dekker") => Check(text, author).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool LeaderOpinion(string text, string author = "ingrid.smit") => Check(text, author).Has(Categories.Capacity, Severity.Doubt);

    [Theory]
    [InlineData("Finn moest gisteren de hele ochtend binnenblijven.")]
    [InlineData("Tess moet morgen binnen blijven.")]
    [InlineData("Mohammed moest de rest van de dag apart zitten.")]
    public void Check_APupilKeptInOrSetApartWithoutACause_IsDiscipline(string text) =>
        Assert.True(Sensitive(text), text);

    [Theory]
    [InlineData("Door de storm moesten alle kinderen binnenblijven.")]
    [InlineData("Tess mocht apart zitten om rustig te kunnen lezen.")]
    public void Check_EveryoneKeptInForTheWeatherOrAPupilSetApartToRead_IsNoDiscipline(string text) =>
        Assert.False(Sensitive(text), text);

    [Theory]
    [InlineData("Het jongetje met de groene muts uit groep 4 woont nu bij zijn oma, zijn ouders liggen in scheiding.")]
    [InlineData("Dat meisje met die lange paardenstaart van groep 6 had een 3 voor de toets.")]
    [InlineData("Die jongen met de gele rugzak uit de bovenbouw is geschorst.")]
    public void Check_AChildPointedOutByADescriptionAndTheClass_IsIdentifiable(string text) =>
        Assert.True(Sensitive(text, "fatima.yilmaz"), text);

    [Theory]
    [InlineData("Het meisje met de gele jas uit groep 6 won de voorleeswedstrijd.")]
    [InlineData("De kinderen met een blauwe pet uit groep 4 hebben een 8 voor de toets.")]
    [InlineData("Het jongetje met de rode laarzen uit het prentenboek woont bij zijn oma, zijn ouders liggen in scheiding.")]
    public void Check_ADescribedChildWithoutAFactAClassOrAGroup_IsNoSensitiveFact(string text) =>
        Assert.False(Sensitive(text, "fatima.yilmaz"), text);

    [Theory]
    [InlineData("Sinds een half jaar aan de antidepressiva.")]
    [InlineData("Inmiddels ruim vier maanden op citalopram en het gaat steeds beter.")]
    public void Check_AMedicineAfterASpanWithoutASubject_IsTheAuthorsOwn(string text) =>
        Assert.True(Sensitive(text, "bas.meijer"), text);

    [Theory]
    [InlineData("Mijn buurman is al vier maanden aan de citalopram.")]
    [InlineData("Al vier maanden aan de slag op een nieuwe school.")]
    public void Check_SomeoneElsesMedicineOrWorkAfterASpan_IsNotTheAuthorsOwn(string text) =>
        Assert.False(Sensitive(text, "bas.meijer"), text);

    [Theory]
    [InlineData("Noah is blijven zitten.")]
    [InlineData("Liam blijft dit jaar zitten in groep 5.")]
    [InlineData("De ouders van Sara zijn failliet gegaan.")]
    [InlineData("Liam heeft thuis weinig te eten.")]
    [InlineData("Het broertje van Noah zit in de jeugdgevangenis.")]
    public void Check_ARepeatedYearOrAFamilysTroubleOfAPupil_IsSensitive(string text) =>
        Assert.True(Sensitive(text, "tom.hendriks"), text);

    [Theory]
    [InlineData("Noah moest op zijn stoel blijven zitten tijdens het verhaal.")]
    [InlineData("Noah is stil blijven zitten tijdens de brandoefening.")]
    [InlineData("De bakker in het dorp is failliet.")]
    [InlineData("Noah heeft niks te eten meegenomen op de excursie, dus we haalden patat voor iedereen.")]
    [InlineData("Met Noah en Sara bezochten we het gevangenismuseum.")]
    public void Check_ASeatABankruptShopOrAMuseum_IsNotSensitive(string text) =>
        Assert.False(Sensitive(text, "tom.hendriks"), text);

    [Theory]
    [InlineData("Sommige ouders zien de naschoolse tijd als gratis kinderdagverblijf.")]
    [InlineData("Sommige ouders gebruiken de school echt als kinderopvang.")]
    public void Check_TheSchoolTakenForChildcare_IsAComplaint(string text) =>
        Assert.True(Complaint(text, "noor.peters"), text);

    [Theory]
    [InlineData("Ouders met een kind op het kinderdagverblijf kunnen vanaf 7 uur terecht.")]
    [InlineData("Sommige ouders gaan met de taxi naar de kinderopvang.")]
    [InlineData("Ouders en leerkrachten werken samen met de kinderopvang aan een doorgaande lijn.")]
    [InlineData("Een goede start maak je samen: met ouders, de gemeente en de kinderopvang.")]
    public void Check_ChildcareOrATaxiAsAPlaceToGo_IsNoComplaint(string text) =>
        Assert.False(Complaint(text, "noor.peters"), text);

    [Theory]
    [InlineData("Prachtig doordacht hoor, die planning, alweer drie toetsen op dezelfde dag.")]
    [InlineData("Mooi dat er zo goed over is nagedacht: alweer een rooster met vijf wisselingen.")]
    public void Check_PraiseOfThePlanningBesideARepeat_IsSarcasm(string text) =>
        Assert.True(Complaint(text, "mark.willems"), text);

    [Fact]
    public void Check_PraiseOfThePlanningWithThanks_IsNoComplaint() =>
        Assert.False(Complaint("Goed over nagedacht, dat nieuwe rooster, complimenten aan de roostermaker.", "mark.willems"));

    [Theory]
    [InlineData("Het was netjes geweest als de directie het team vooraf had ingelicht.")]
    [InlineData("We hadden graag gezien dat de schoolleiding ons had betrokken bij de keuze.")]
    public void Check_AWishAboutThePastAimedAtTheLeadership_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Het was fijn geweest als je erbij was geweest, juf Anne!")]
    [InlineData("Ik had graag gezien dat mijn dochter ook mee kon op kamp.")]
    public void Check_AWishAboutThePastWithoutTheLeadership_IsNoComplaint(string text) =>
        Assert.False(Complaint(text), text);

    [Theory]
    [InlineData("Nog 4 weken tot de zomervakantie, ik heb nergens meer zin in.")]
    [InlineData("Nog 4 weken tot de zomervakantie, ik tel af.")]
    public void Check_AWearyHolidayCountdown_IsAComplaint(string text) =>
        Assert.True(Complaint(text, "linda.koster"), text);

    [Fact]
    public void Check_AHolidayCountdownWithEagerness_IsNoComplaint() =>
        Assert.False(Complaint("Nog 4 weken tot de zomervakantie, wij hebben er allemaal zin in!", "linda.koster"));

    [Theory]
    [InlineData("Het geld moet naar de leraren, niet naar nog een adviesbureau.", "ingrid.smit")]
    [InlineData("Jonge kinderen horen te bewegen, en niet stil te zitten achter een tablet.", "youssef.bakker")]
    [InlineData("Goed onderwijs vraagt om vertrouwen, niet om nog meer controle.", "marieke.jansen")]
    [InlineData("Die extra toetsen hebben geen enkel nut voor kinderen.", "peter.vandijk")]
    public void Check_ALeaderSettingOneCourseAgainstAnother_IsAnOpinion(string text, string author) =>
        Assert.True(LeaderOpinion(text, author), text);

    [Theory]
    [InlineData("De luizencontrole moet op maandag, niet op vrijdag.")]
    [InlineData("Leerlingen moeten om 8.30 uur binnen zijn, niet om 8.45 uur.")]
    [InlineData("Ik heb geen zin in regen tijdens de sportdag.")]
    public void Check_APracticalArrangementOrAMood_IsNoOpinion(string text) =>
        Assert.False(LeaderOpinion(text), text);

    [Theory]
    [InlineData("Zij-instromers zijn geen oplossing voor het lerarentekort.")]
    [InlineData("Kleinere klassen zijn de enige echte oplossing.")]
    [InlineData("Met dit soort bezuinigingen sloop je het onderwijs.")]
    [InlineData("Het schooladvies moet weer leidend zijn.")]
    public void Check_ALeaderJudgingAMeasureAsTheAnswerOrAsWreckingEducation_IsAnOpinion(string text) =>
        Assert.True(LeaderOpinion(text, "karin.mulder"), text);

    [Theory]
    [InlineData("Het antwoord op de puzzel van groep 5 is geen olifant maar een giraf.")]
    [InlineData("De slopers slopen vandaag de oude school, tijd voor nieuwbouw!")]
    [InlineData("Na de verbouwing moet de kring weer centraal staan in het lokaal.")]
    [InlineData("Het schooladvies is leidend, zo staat het in de wet.")]
    public void Check_APuzzleADemolitionOrALawTold_IsNoOpinion(string text) =>
        Assert.False(LeaderOpinion(text, "karin.mulder"), text);

    [Fact]
    public void Check_ATeacherSettingOneCourseAgainstAnother_IsAdviceOnly()
    {
        var result = Check("Het geld moet naar de leraren, niet naar nog een adviesbureau.", "jeroen.vos");
        Assert.False(result.Has(Categories.Capacity, Severity.Doubt));
        Assert.True(result.Has(Categories.Capacity, Severity.Advice));
    }

    [Fact]
    public void WordClasses_HoldTheWordsThatWereInCSharpAndTheNewLists()
    {
        var count = WordClasses.Default.Mask("count-word");
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("zes") & count);
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("twaalf") & count);
        Assert.Equal(ClassMask.Zero, WordClasses.Default.Of("twee") & count);
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("kinderopvang") & WordClasses.Default.Mask("service-role"));
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("nagedacht") & WordClasses.Default.Mask("organised"));
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("jongetje") & WordClasses.Default.Mask("person"));
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("verdienen") & WordClasses.Default.Mask("obligation"));
    }

    [Fact]
    public void SarcasticComplaintJudge_ReadsTheCountWordClassForACrowdedWeek() =>
        Assert.True(Complaint("Zes ouderavonden in één week, echt top geregeld 🙃", "mark.willems"));
}
