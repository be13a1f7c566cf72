namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// A pupil's result said as a predicate of the test ("haar dictee was een 5", "zijn rapport is een 6") is a grade as
/// much as "een 5 voor het dictee". Found by stop 32's held-out batch; the sentences here are new, with look-alikes
/// where "was een" is followed by a number that is no grade of a test (a day's mark, a duration).
/// </summary>
public class GradeAsAPredicateTests
{
    [Theory]
    [InlineData("Lieve Sara, je dictee was een 5, dus we gaan samen nog even oefenen.")]
    [InlineData("Het proefwerk topografie van Noah werd een 3, jammer joh.")]
    public void Check_AGradeAsThePredicateOfATest_IsAResult(string text) =>
        Assert.Equal(Severity.Block, TestChecker.School(text).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Het schoolreisje was een 10, wat een dag!")]
    [InlineData("De eindtoets is een 2 uur durende toets voor alle kinderen van groep 8.")]
    public void Check_AMarkForADayOrACount_IsNoResult(string text) =>
        Assert.Null(TestChecker.School(text).SeverityOf(Categories.PersonalData));
}
