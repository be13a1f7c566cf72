namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fix of stop 46, judged by the rules alone, in sentences written for this test: an arrest told in the
/// passive of a pupil's or colleague's relative ("de vader van Emma is opgepakt") is a fact about the family situation
/// (personal data), as prison already was; a task or an idea taken up ("dit punt wordt opgepakt") is none (found by
/// fresh33-lead-heldout, where the post was only doubted for naming a pupil without consent).
/// </summary>
public class TwentySeventhPassLeadPatternTests
{
    [Theory]
    [InlineData("De vader van Noah uit groep 7 is vorige week opgepakt.")]
    [InlineData("De broer van Sara werd gisteren door de politie aangehouden.")]
    [InlineData("Ik hoorde dat de moeder van Liam is gearresteerd.")]
    [InlineData("De oom van Julia uit groep 8 werd vannacht opgepakt, ze was er erg van in de war.")]
    [InlineData("Zijn de ouders van Daan echt opgepakt? Hij zit er stil bij in de klas.")]
    public void Check_ARelativesArrest_BlocksPersonalData(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Dit punt wordt na de vakantie door de ouderraad opgepakt.")]
    [InlineData("Het idee van de vader van een leerling is door het team opgepakt.")]
    [InlineData("Mijn vader werd gisteren met pech opgehaald door de wegenwacht.")]
    [InlineData("De actie voor de voedselbank is door de ouders van groep 5 opgepakt.")]
    [InlineData("In de les over de Tweede Wereldoorlog lazen we hoe verzetsmensen werden opgepakt.")]
    public void Check_ThingsTakenUpOrHistory_AreNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData));
}
