using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Imports.School;

namespace Protocolwacht.Imports.Tests.School;

public class GuardianFileReaderTests
{
    [Fact]
    public void Attach_ParentsFile_AddsEachGuardianToEveryChild()
    {
        var pupils = new PupilFileReader(new FakeTimeProvider()).Read(Samples.Open("pupils-somtoday.csv"), "leerlingen.csv").Collect();

        var joined = PupilGuardians.Attach(pupils, new GuardianFileReader().Read(Samples.Open("ouders.csv"), "ouders.csv"), "ouders.csv");

        Assert.Empty(joined.Issues);
        Assert.Equal(["Eva Jansen-van Dijk"], joined.Values[0].Guardians.Select(g => g.Name));
        Assert.Equal(["Eva Jansen-van Dijk", "Rob van Dijk"], joined.Values[1].Guardians.Select(g => g.Name));
        Assert.Equal(GuardianRelation.Father, joined.Values[1].Guardians[1].Relation);
    }

    [Fact]
    public void Attach_UnknownPupilNumber_IsAnIssueOnTheParentsLine()
    {
        var pupils = new ImportResult<ImportedPupil>([], []);
        var links = new GuardianFileReader().Read(Samples.FromText("Leerlingnummer;Achternaam;E-mail\n999;Smit;a@example.nl\n"), "ouders.csv");

        var issue = Assert.Single(PupilGuardians.Attach(pupils, links, "ouders.csv").Issues);

        Assert.Equal(("ouders.csv", 2), (issue.File, issue.Line!.Value));
        Assert.Contains("999", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PupilNumberOfOnlySeparators_IsAnIssueNotAnException()
    {
        // Found by the short fuzz pass (issue #16): a row without numbers and without an issue made
        // ImportRow.Failed throw ArgumentException out of the reader.
        var rows = new GuardianFileReader().Read(Samples.FromText("Leerlingnummers;Achternaam;Roepnaam;E-mailadres\n,;Jansen;Eva;eva@example.nl\n"), "ouders.csv").ToList();

        var issue = Assert.Single(Assert.Single(rows).Issues);
        Assert.Equal(("ouders.csv", 2), (issue.File, issue.Line!.Value));
        Assert.Contains("leerlingnummer", issue.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_HeaderThatUnicodeNormalisationRefuses_IsAnIssueNotAnException()
    {
        // Found by the long fuzz run of import-school (issue #16), this input after its choice byte: a UTF-16 file whose
        // header holds the noncharacter U+FFFE. string.Normalize threw ArgumentException ("String contains invalid
        // Unicode code points") out of the reader while it matched the column names.
        var rows = new GuardianFileReader().Read(new MemoryStream([0xFF, 0xFE, 0xFE, 0xFF, 0xFE]), "ouders.csv").ToList();

        var issue = Assert.Single(rows.SelectMany(r => r.Issues));
        Assert.Equal(("ouders.csv", 1), (issue.File, issue.Line!.Value));
        Assert.Contains("leerlingnummer", issue.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_NoncharacterInAColumnName_DoesNotCountInTheName()
    {
        // The same in UTF-8: U+FFFE after "Leerlingnummer" is no letter, so the column is still the pupil number.
        var rows = new GuardianFileReader().Read(Samples.FromText("Leerlingnummer\uFFFE;Achternaam;E-mail\n1001;Smit;a@example.nl\n"), "ouders.csv").ToList();

        var row = Assert.Single(rows);
        Assert.Empty(row.Issues);
        Assert.Equal(["1001"], row.Value!.PupilNumbers);
    }
}
