namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the seventeenth pass over the school categories (issue 9, batch fresh23-school13), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: resignation about
/// the board (it looks on, "we zien wel weer", "we horen het wel", an all-is-well marked by "vast" or "hoor", a shrug); a
/// jibe at parents taken back as a joke; a countdown beside praise; "onder behandeling"; a colleague by a role a school
/// has one of or described by two adjectives; the author's own pregnancy; a health topic joined to another; a whole named
/// work photographed, given "hier" or "bijgevoegd"; news made public only later.
/// </summary>
public class SeventeenthPassSchoolPatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    [Theory]
    [InlineData("De directie kijkt toe terwijl wij de gaten in het rooster vullen.")]
    [InlineData("Weer een nieuwe koers van het bestuur. We zien wel weer hoe lang die standhoudt.")]
    [InlineData("Het MT kiest een nieuwe rekenmethode. Wij horen het wel als de boeken er zijn.")]
    [InlineData("Konot voert een nieuw registratiesysteem in. Komt vast helemaal goed.")]
    [InlineData("Het bestuur bezuinigt op de invalpool. Gaat vast goedkomen hoor.")]
    [InlineData("Het bestuur heeft besloten dat de studiedag vervalt 🤷")]
    public void Check_ResignationAboutTheOrganisation_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("De directie keek trots toe hoe groep 8 de musical opvoerde.")]
    [InlineData("We zien de kinderen graag terug na de vakantie.")]
    [InlineData("Het gaat vast goedkomen met je examen, succes!")]
    [InlineData("Wij horen graag wat u van de nieuwe schoolgids vindt.")]
    [InlineData("Het bestuur kijkt toe hoe de kinderen de eerste boom planten.")]
    [InlineData("Het nieuwe rooster komt vast helemaal goed, we hebben er zin in.")]
    public void Check_SincereOnlookersHopesAndQuestions_AreNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Beste ouders, de parkeerplaats is geen wachtruimte voor de hele ochtend. Grapje hoor.")]
    [InlineData("Ouders die hun kind om kwart over acht nog komen aankleden op het plein: half grapje.")]
    public void Check_AJibeAtParentsTakenBackAsAJoke_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Grapje hoor, morgen is er gewoon gym.")]
    [InlineData("Nog 4 weken tot de zomervakantie en wat een fijn jaar was het met deze klas.")]
    public void Check_AJokeAboutNobodyAndACountdownBesidePraise_AreNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Fact]
    public void Check_ACountdownToTheHolidaysWithoutPraise_IsStillAComplaint() =>
        Assert.True(Complaint("Nog 4 weken tot de zomervakantie en dan is dit jaar eindelijk voorbij."));

    [Theory]
    [InlineData("Onze ICT-coördinator is onder behandeling bij de cardioloog.")]
    [InlineData("Onze nieuwe vaste invaller zit thuis met een burn-out.")]
    [InlineData("Mijn duocollega is zwanger, maar dat weet nog niemand.")]
    public void Check_AColleagueByRoleWithAHealthFact_IsConfidentialAndPersonalData(string text)
    {
        var result = TestChecker.PersonalByRules(text);
        Assert.True(result.Has(Categories.Confidential, Severity.Block) && result.Has(Categories.PersonalData, Severity.Block), text);
    }

    [Fact]
    public void Check_TheAuthorUnderTreatment_IsPersonalData() =>
        Assert.True(TestChecker.PersonalByRules("Ik ben sinds de zomer onder behandeling in het ziekenhuis.").Has(Categories.PersonalData, Severity.Block));

    [Theory]
    [InlineData("Ik ben zwanger van ons derde kindje!")]
    [InlineData("Mijn bezwaar tegen de parkeerboete is nog onder behandeling.")]
    [InlineData("Onze intern begeleider vertelt over huiswerkbegeleiding en de mogelijkheden bij dyslexie.")]
    public void Check_OwnJoyPaperworkOrATopic_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Ik heb het hele hoofdstuk uit Naut gefotografeerd en gedeeld in de appgroep.")]
    [InlineData("Hier de complete liedtekst van de nieuwste hit van Snollebollekes, om mee te zingen.")]
    [InlineData("Bijgevoegd: alle oefenbladen van Taal op maat, voor wie thuis wil oefenen.")]
    public void Check_AWholeNamedWorkPhotographedOrGivenInThePost_IsCopyright(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Ik heb alle tekeningen van groep 4 gefotografeerd voor de schoolkrant.")]
    [InlineData("Hier de foto's van de sportdag!")]
    [InlineData("Ik heb de hele les gefotografeerd voor een collega die ziek was.")]
    public void Check_ThePupilsWorkPhotosOrOnesOwnLesson_IsNoCopyright(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Het besluit over de nieuwe locatie wordt pas in juni openbaar gemaakt.")]
    [InlineData("De fusie wordt pas na de herfstvakantie bekendgemaakt.")]
    [InlineData("Hint: over de reorganisatie volgt maandag meer.")]
    public void Check_NewsMadePublicOnlyLaterOrHinted_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Het nieuwe schoolplein wordt pas in juni opgeleverd.")]
    [InlineData("Hint voor het speurspel: zoek bij de glijbaan!")]
    public void Check_PlainScheduleOrAGameHint_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);
}
