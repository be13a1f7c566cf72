namespace Protocolwacht.Checks.Tests.Rules;

public class LogoRuleTests
{
    [Fact]
    public void Check_LogoOnPersonalAccount_Blocks()
    {
        var result = TestChecker.Personal("Fijne vakantie allemaal!", attachments: TestChecker.Image("zomerkaart met schoollogo", logo: true));

        Assert.True(result.Has(Categories.Logo, Severity.Block));
    }

    [Fact]
    public void Check_LogoOnSchoolAccountWithCleanPost_IsFine()
    {
        var result = TestChecker.School("Open dag zaterdag van 10 tot 12 uur.", attachments: TestChecker.Image("poster met logo", logo: true));

        Assert.False(result.Has(Categories.Logo));
        Assert.Equal(Verdict.Allow, result.Verdict);
    }

    [Fact]
    public void Check_LogoWithBlockedContent_Blocks()
    {
        var result = TestChecker.School("Wat een kutdag was dit.", attachments: TestChecker.Image("poster met logo", logo: true));

        Assert.True(result.Has(Categories.Logo, Severity.Block));
        Assert.True(result.Has(Categories.Profanity));
    }

    [Fact]
    public void Check_LogoWithOnlyDoubt_DoesNotAddLogo()
    {
        var result = TestChecker.School("Lezen in groep 3", attachments: TestChecker.Image("kind met boek en logo", depicts: ["daan.kok"], logo: true));

        Assert.False(result.Has(Categories.Logo));
        Assert.Equal(Verdict.Doubt, result.Verdict);
    }

    [Fact]
    public void Check_LogoWithUnauthorizedAuthor_Blocks()
    {
        var result = TestChecker.Organisation("Klusdag zaterdag!", author: "bas.meijer", attachments: TestChecker.Image("affiche met logo", logo: true));

        Assert.True(result.Has(Categories.Unauthorized));
        Assert.True(result.Has(Categories.Logo, Severity.Block));
    }
}
