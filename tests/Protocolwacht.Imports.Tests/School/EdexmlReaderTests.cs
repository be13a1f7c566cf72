using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Imports.School;

namespace Protocolwacht.Imports.Tests.School;

public class EdexmlReaderTests
{
    private static readonly EdexmlReader Reader = new(new FakeTimeProvider(new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Read_Edexml21_GivesPupilsWithGroupNameAndSchoolBrin()
    {
        var result = Reader.Read(Samples.Open("EDEX.XML"), "EDEX.XML").Collect();

        Assert.Empty(result.Issues);
        var gijs = result.Values[0];
        Assert.Equal(("3001", "Gijs", "van 't", "Hof", "Groep 3 Vlinders", "56EF"), (gijs.PupilNumber, gijs.FirstName, gijs.Prefix, gijs.LastName, gijs.Group, gijs.SchoolBrin));
        Assert.Equal(new DateOnly(2021, 8, 30), gijs.EntryDate);
        Assert.False(gijs.AgedSixteenOrOver);
    }

    [Fact]
    public void Read_PupilWithoutRoepnaam_TakesTheFirstGivenNameAndNoBirthDateMeansNoFlag()
    {
        var pupil = Reader.Read(Samples.Open("EDEX.XML"), "EDEX.XML").Collect().Values[1];

        Assert.Equal("Ismaël", pupil.FirstName);
        Assert.Equal("8", pupil.Group);
        Assert.Null(pupil.AgedSixteenOrOver);
        Assert.Equal(new DateOnly(2024, 7, 12), pupil.LeavingDate);
    }

    [Fact]
    public void Read_BrokenXml_GivesOneIssueWithLineAndColumn()
    {
        var xml = "<EDEX>\n<leerlingen>\n<leerling key=\"1\"><achternaam>X</achter>\n";

        var issue = Assert.Single(Reader.Read(Samples.FromText(xml), "EDEX.XML").Collect().Issues);

        Assert.Equal(3, issue.Line);
        Assert.NotNull(issue.Column);
    }

    [Fact]
    public void Read_OtherXml_SaysItIsNotEdexml()
    {
        var issue = Assert.Single(Reader.Read(Samples.FromText("<leerlingen/>"), "x.xml").Collect().Issues);

        Assert.Contains("<EDEX>", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExternalEntity_IsRefused()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE EDEX [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><EDEX><leerlingen><leerling key=\"1\"><achternaam>&x;</achternaam><roepnaam>A</roepnaam></leerling></leerlingen></EDEX>";

        var result = Reader.Read(Samples.FromText(xml), "EDEX.XML").Collect();

        Assert.Empty(result.Values);
        Assert.Single(result.Issues);
    }

    [Fact]
    public void Read_EmptyFile_IsAnIssueOnLine1()
    {
        // Found by the short fuzz pass (issue #16): the XML reader's position of an empty file is line 0.
        var issue = Assert.Single(Reader.Read(Samples.FromText(string.Empty), "EDEX.XML").Collect().Issues);

        Assert.Equal(1, issue.Line);
        Assert.Equal("Het bestand is leeg of bevat geen XML: er is geen hoofdelement.", issue.Message);
    }
}
