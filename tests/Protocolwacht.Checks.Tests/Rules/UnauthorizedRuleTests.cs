namespace Protocolwacht.Checks.Tests.Rules;

public class UnauthorizedRuleTests
{
    [Theory]
    [InlineData("tom.hendriks")]
    [InlineData("kees.dekker")]
    public void Check_MedewerkerOnOrganisationAccount_Blocks(string author)
    {
        var result = TestChecker.Organisation("Fijne herfstvakantie!", author);

        Assert.True(result.Has(Categories.Unauthorized, Severity.Block));
        Assert.Equal("ACCOUNT", result.Findings.First(f => f.Category == Categories.Unauthorized).Guideline);
    }

    [Theory]
    [InlineData("marieke.jansen")]
    [InlineData("sanne.deboer")]
    [InlineData("karin.mulder")]
    public void Check_AllowedRoleOnOrganisationAccount_IsFine(string author)
    {
        Assert.False(TestChecker.Organisation("Fijne herfstvakantie!", author).Has(Categories.Unauthorized));
    }

    [Fact]
    public void Check_StaffOfOtherSchool_Blocks()
    {
        Assert.True(TestChecker.School("Fijne herfstvakantie!", "linda.koster", "regenboog").Has(Categories.Unauthorized));
    }

    [Fact]
    public void Check_BoardStaffOnSchoolAccount_Blocks()
    {
        Assert.True(TestChecker.School("Fijne herfstvakantie!", "lotte.visser", "kompas").Has(Categories.Unauthorized));
    }

    [Fact]
    public void Check_PersonalAccountOrUnknownAuthor_NeverUnauthorized()
    {
        Assert.False(TestChecker.Personal("Fijne herfstvakantie!", "kees.dekker").Has(Categories.Unauthorized));
        Assert.False(TestChecker.School("Fijne herfstvakantie!", "iemand.anders").Has(Categories.Unauthorized));
    }
}
