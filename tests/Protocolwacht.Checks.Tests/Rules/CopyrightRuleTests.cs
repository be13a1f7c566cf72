namespace Protocolwacht.Checks.Tests.Rules;

public class CopyrightRuleTests
{
    [Fact]
    public void Check_ThirdPartyWithoutPermission_Blocks()
    {
        var result = TestChecker.School("Mooie foto!", attachments: TestChecker.Image("foto uit de krant", AttachmentSource.ThirdParty, permission: false));

        Assert.True(result.Has(Categories.Copyright, Severity.Block));
    }

    [Fact]
    public void Check_ThirdPartyPermissionUnknown_Doubts()
    {
        var result = TestChecker.School("Mooie foto!", attachments: TestChecker.Image("illustratie", AttachmentSource.ThirdParty, permission: null));

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.Copyright));
    }

    [Fact]
    public void Check_UnknownSource_Doubts()
    {
        var result = TestChecker.School("Herfst!", attachments: TestChecker.Image("plaatje van internet", AttachmentSource.Unknown));

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.Copyright));
    }

    [Fact]
    public void Check_ThirdPartyWithPermission_IsFine()
    {
        var result = TestChecker.School("Foto: Studio Jansen, met toestemming.", attachments: TestChecker.Image("foto van de gevel", AttachmentSource.ThirdParty, permission: true));

        Assert.False(result.Has(Categories.Copyright));
    }

    [Theory]
    [InlineData("Het liedje onder de video hebben we zonder toestemming van YouTube gehaald en gebruikt.")]
    [InlineData("We gebruiken de muziek van Doe Maar, hebben er geen licentie voor.")]
    [InlineData("Hieronder het hele verhaal van de krant, geen toestemming gevraagd.")]
    public void Check_TextSaysCopiedWithoutPermission_Blocks(string text)
    {
        var result = TestChecker.Organisation(text);

        Assert.True(result.Has(Categories.Copyright, Severity.Block), text);
    }

    [Theory]
    [InlineData("Muziek: rechtenvrij uit de audiobibliotheek.")]
    [InlineData("Deze handleiding mag iedereen gebruiken onder CC BY 4.0.")]
    [InlineData("Zonder toestemming van ouders plaatsen we geen foto's van kinderen.")]
    public void Check_OwnOrLicensedMaterial_IsFine(string text)
    {
        var result = TestChecker.Organisation(text);

        Assert.False(result.Has(Categories.Copyright), text);
    }

    [Fact]
    public void Check_WholeArticleCopiedFromBehindPaywall_Blocks()
    {
        var result = TestChecker.Personal("Hieronder het volledige artikel uit de krant, gewoon gekopieerd want het staat achter een betaalmuur.");

        Assert.True(result.Has(Categories.Copyright, Severity.Block));
    }

    [Fact]
    public void Check_PaywallMentionedWithoutCopying_IsNotBlocked()
    {
        var result = TestChecker.Personal("Het artikel staat achter een betaalmuur, maar de samenvatting vind je op onze site.");

        Assert.False(result.Has(Categories.Copyright, Severity.Block));
    }
}
