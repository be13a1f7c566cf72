namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The author's own health told through its treatment (stop 43, lead), rules alone, in sentences written for this test
/// and in no corpus: the author far before the health word, tied to it by a treatment word and "voor"; look-alikes where
/// someone else is treated, a treatment is a topic, or "in behandeling" is paperwork.
/// </summary>
public class AuthorUnderTreatmentTests
{
    private static bool PersonalData(string text) => TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block);

    [Theory]
    [InlineData("Ik word sinds de zomer in het ziekenhuis behandeld voor een angststoornis.")]
    [InlineData("Sinds januari ben ik bij de GGZ in behandeling voor mijn eetstoornis, dus ik doe het rustig aan.")]
    [InlineData("Ik zit nu al een jaar elke week in therapie voor een depressie.")]
    [InlineData("Vorig jaar ben ik maandenlang in Deventer behandeld voor ADHD.")]
    [InlineData("Ik ben na de zomervakantie opnieuw in behandeling gegaan voor een burn-out.")]
    public void Check_TheAuthorTreatedForAnIllness_IsPersonalData(string text) =>
        Assert.True(PersonalData(text), text);

    [Theory]
    [InlineData("Ik geef vandaag op de studiedag een presentatie over de behandeling van depressie bij jongeren.")]
    [InlineData("Ik heb de klacht van de ouders in behandeling genomen voor de commissie.")]
    [InlineData("Ik ben blij dat haar zoon nu in behandeling is voor zijn angststoornis.")]
    [InlineData("In mijn klas behandelen we deze week het thema gezond eten, vooral voor de kinderen van groep 7.")]
    [InlineData("Ik ben in gesprek met de gemeente voor een nieuwe speeltuin bij school.")]
    public void Check_ATreatmentThatIsNotTheAuthorsIllness_IsNotTheAuthorsHealth(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Findings.Any(f => f.Category == Categories.PersonalData && f.Message.Contains("jezelf", StringComparison.Ordinal)), text);
}
