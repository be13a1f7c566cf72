using Protocolwacht.Checks.Language;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 57, judged by the rules alone, in sentences written for this test: a reply that holds the
/// school's own choice against a parent's "waarom" ("dat is een bewuste keuze", "daar hebben we bewust voor gekozen",
/// "… staat bij ons voorop") defends it in public; rumour about one of the organisation's own schools named by its name
/// ("via via", "naar verluidt", "liet doorschemeren", "uitgelekt") beside a change is news not yet announced; a stand-in
/// leader and a colleague who does (not) come back are personnel news; a consequence for a named pupil told by its cause
/// ("na haar gedrag op het plein", "na het schelden") beside staying, waiting or missing the break is discipline; and
/// the words of where someone lives are a class; a role of an own school named by its name ("de directeur van Het Kompas")
/// points out one colleague; a birthday exclaimed alone ("Jarig!") with a full date opening the next sentence is the
/// author's birth date.
/// </summary>
public class ThirtyEighthPassLeadPatternTests
{
    private static CheckResult Reply(string text, string incoming) =>
        TestChecker.RulesOnly.Check(new CheckRequest(text, new AccountContext(AccountKind.School, "regenboog", "facebook"), "karin.mulder",
            new ReplyContext(ReplyRole.Parent, "Ellen Bos", incoming), []));

    [Theory]
    [InlineData("Dat is een bewuste keuze van de school: gezond eten vinden wij belangrijk.", "Waarom moeten de kinderen elke dag fruit meenemen?")]
    [InlineData("Daar hebben we als team bewust voor gekozen, zodat iedereen tegelijk begint.", "Waarom moeten de kinderen al om 8.20 uur binnen zijn?")]
    [InlineData("Veiligheid staat bij ons voorop.", "Waarom mogen de kinderen niet zelf naar huis fietsen?")]
    [InlineData("Dat is een weloverwogen keus van de directie.", "Waarom krijgt groep 6 geen zwemles meer?")]
    public void Check_TheSchoolsOwnChoiceHeldAgainstAWhy_IsDiscussion(string text, string incoming) =>
        Assert.Equal(Severity.Doubt, Reply(text, incoming).SeverityOf(Categories.Discussion));

    [Theory]
    [InlineData("Dank u wel! Gezelligheid en veiligheid staan bij ons voorop.", "Wat een mooie kerstviering was het!")]
    [InlineData("Om 17.00 uur in de gymzaal. Tot dan!", "Hoe laat begint de kerstviering?")]
    public void Check_AThankfulOrPracticalAnswer_IsNoDiscussion(string text, string incoming) =>
        Assert.False(Reply(text, incoming).Has(Categories.Discussion));

    [Theory]
    [InlineData("Het is uitgelekt dat de Jozefschool een interim-directeur krijgt.")]
    [InlineData("Iemand liet doorschemeren dat Het Kompas volgend jaar moet inkrimpen.")]
    [InlineData("Naar verluidt vertrekt de directeur van De Regenboog na de zomer.")]
    [InlineData("Volgens de wandelgangen wordt de bovenbouw van Het Kompas opgeheven.")]
    [InlineData("Er gaan geruchten dat meester Bas na zijn verlof niet terugkeert.")]
    public void Check_RumourOfAChangeAtAnOwnSchool_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "jeroen.vos").SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("Het gerucht dat De Regenboog gaat verhuizen is echt onzin.")]
    [InlineData("Het schijnt dat Het Kompas een nieuwe schoolbibliotheek krijgt.")]
    [InlineData("Het schemerde al toen we De Regenboog verlieten.")]
    [InlineData("Het schijnt dat de Sint dit jaar stopt met paardrijden.")]
    public void Check_RumourDeniedWithoutAChangeOrOfTheSaint_IsNoLeak(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Confidential));

    [Theory]
    [InlineData("Noah moest na zijn gedrag in de gymles de rest van de dag binnen blijven.")]
    [InlineData("Sara heeft het speelkwartier bij mij doorgebracht vanwege het schelden op het plein.")]
    [InlineData("Tess heeft de hele ochtend in de gang gestaan.")]
    [InlineData("Mohammed blijft morgen thuis van het schoolreisje, dat is besproken na het voorval in de bus.")]
    public void Check_AConsequenceForANamedPupilToldByItsCause_IsPersonalData(string text) =>
        Assert.Equal(Severity.Block, TestChecker.SchoolByRules(text, "linda.koster", "sintjozef").SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Na het incident met de brandende prullenbak bleven alle kinderen binnen.")]
    [InlineData("Tess hield een spreekbeurt over het gedrag van wolven en bleef daarna nog even vragen beantwoorden.")]
    [InlineData("Mohammed bleef na de pauze binnen om de kerststukjes af te maken.")]
    public void Check_AnIncidentOfNoOneOrBehaviourOfAnimals_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.SchoolByRules(text, "linda.koster", "sintjozef").Has(Categories.PersonalData));

    [Theory]
    [InlineData("De adjunct van Het Kompas is met spoed geopereerd, sterkte!")]
    [InlineData("De conciërge van de Jozefschool ligt met een hernia thuis.")]
    public void Check_TheHealthOfARoleOfAnOwnSchoolNamedByItsName_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "jeroen.vos").SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("De adjunct van Het Kompas heeft een mooie lezing gegeven.")]
    [InlineData("De conciërge van de Jozefschool heeft het hek geverfd.")]
    public void Check_ARoleOfAnOwnSchoolWithoutHealthNews_IsNoLeak(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Confidential));

    [Theory]
    [InlineData("Jarig! 3 april 1987, en ik voel me nog steeds twintig.")]
    [InlineData("Verjaardag! 21-11-1979, dus vandaag trakteer ik.")]
    public void Check_ABirthdayExclaimedThenTheDate_IsTheAuthorsBirthDate(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "jeroen.vos").SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Jarig! Op 01-09-1976 ging onze school voor het eerst open.")]
    [InlineData("Jarig! Morgen 12-12-2026 vieren we het met taart.")]
    public void Check_ABirthdayOfTheSchoolOrADateNotOpeningTheNextSentence_IsNoBirthDate(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.PersonalData));

    [Fact]
    public void Residence_HoldsTheWordsOfWhereSomeoneLives()
    {
        var residence = WordClasses.Default.Mask("residence");
        foreach (var word in new[] { "woont", "straat", "huisnummer", "adres" })
        {
            Assert.True((WordClasses.Default.Of(word) & residence) != 0, word);
        }

        Assert.True((WordClasses.Default.Of("collega") & residence) == 0);
    }
}
