namespace Protocolwacht.Checks.Tests.Rules;

public class ImageConsentRuleTests
{
    [Fact]
    public void Check_StudentWithoutConsentOnPhoto_Blocks()
    {
        var result = TestChecker.School("Wat een mooie tekeningen!", attachments: TestChecker.Image("tekenles", depicts: ["emma.dewit"]));

        Assert.True(result.Has(Categories.ImageConsent, Severity.Block));
        Assert.Equal(Verdict.Block, result.Verdict);
    }

    [Fact]
    public void Check_StudentWithUnknownConsent_Doubts()
    {
        var result = TestChecker.School("Lezen in groep 3", attachments: TestChecker.Image("kind met boek", depicts: ["daan.kok"]));

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.ImageConsent));
    }

    [Fact]
    public void Check_UnidentifiedRecognisablePeople_Doubts()
    {
        var result = TestChecker.School("Het schoolkoor!", attachments: TestChecker.Image("koor", unidentified: 12));

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.ImageConsent));
    }

    [Fact]
    public void Check_StudentsWithConsentOnly_IsFine()
    {
        var result = TestChecker.School("Presentaties in groep 7", attachments: TestChecker.Image("twee leerlingen", depicts: ["noah.bos", "sara.ouali"]));

        Assert.False(result.Has(Categories.ImageConsent));
        Assert.Equal(Verdict.Allow, result.Verdict);
    }

    [Fact]
    public void Check_StudentNotOnRoster_Doubts()
    {
        var result = TestChecker.School("Nieuwe leerling!", attachments: TestChecker.Image("portret", depicts: ["onbekend.kind"]));

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.ImageConsent));
    }

    [Fact]
    public void Check_TwoStudentsWithoutConsent_NamesBothJoinedByEn()
    {
        var result = TestChecker.School("Samen aan het werk", attachments: TestChecker.Image("twee leerlingen", depicts: ["emma.dewit", "milan.jacobs"]));

        var message = Assert.Single(result.Findings, f => f.Category == Categories.ImageConsent).Message;
        Assert.Contains(" en ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("$", message, StringComparison.Ordinal);
    }

    // Stop 38: "Daan Kok en Finn Prins en …" read as one name pair too many for the Web layer's English template.
    [Fact]
    public void Check_ThreeStudentsWithoutKnownConsent_ADutchList_OnlyTheLastTwoJoinedByEn()
    {
        var result = TestChecker.School("Sfeerbeeld", attachments: TestChecker.Image("drie leerlingen", depicts: ["daan.kok", "finn.prins", "onbekend.kind"]));

        var message = Assert.Single(result.Findings, f => f.Category == Categories.ImageConsent).Message;
        Assert.Contains("staat Daan Kok, Finn Prins en onbekend.kind;", message, StringComparison.Ordinal);
    }
}
