using System.Text;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Imports.School;
using Protocolwacht.Imports.Staff;
using Protocolwacht.Imports.Tests.School;
using static Protocolwacht.Imports.Tests.Broken.BrokenFiles;

namespace Protocolwacht.Imports.Tests.Broken;

/// <summary>
/// A pupil, parents' or staff export that is not what it claims to be ends in one Dutch issue naming the file (and the
/// row when there is one), never in an exception or a list of misleading "column missing" issues.
/// </summary>
public class BrokenSpreadsheetTests
{
    private static readonly PupilFileReader Pupils = new(new FakeTimeProvider(new DateTimeOffset(2024, 11, 1, 9, 0, 0, TimeSpan.Zero)));

    private static byte[] GoodWorkbook() => XlsxWriter.Write([["Leerlingnummer", "Roepnaam", "Achternaam"], [1001, "Sem", "Vries"]]).ToArray();

    private static ImportResult<ImportedPupil> ReadPupils(byte[] file, string name = "leerlingen.xlsx") =>
        Pupils.Read(new MemoryStream(file), name).Collect();

    [Fact]
    public void Pupils_GoodWorkbook_IsRead()
    {
        // The files below are made from this one: it must be readable for their failures to mean anything.
        Assert.Equal("Sem", Assert.Single(ReadPupils(GoodWorkbook()).Values).FirstName);
    }

    [Fact]
    public void Pupils_WorkbookCutShort_OneDutchIssue()
    {
        var result = ReadPupils(CutInHalf(GoodWorkbook()));

        Assert.Empty(result.Values);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("leerlingen.xlsx", issue.File);
        Assert.Contains("Het Excel-bestand is beschadigd", issue.Message, StringComparison.Ordinal);
        AssertDutch(issue);
    }

    [Fact]
    public void Pupils_WorksheetWithAnUndeclaredEntity_OneDutchIssue()
    {
        var damaged = WithWorksheet(GoodWorkbook(),
            """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row></sheetData></worksheet>""");

        var issue = Assert.Single(ReadPupils(damaged).Issues);

        Assert.Contains("Het Excel-bestand is beschadigd", issue.Message, StringComparison.Ordinal);
        AssertDutch(issue);
    }

    [Fact]
    public void Pupils_ZipThatIsNoWorkbook_SaysSo()
    {
        var issue = Assert.Single(ReadPupils(ZipWith("foto.txt", "geen werkmap")).Issues);

        Assert.Equal("Het bestand is een ZIP-archief, maar geen Excel-werkmap (.xlsx).", issue.Message);
    }

    [Fact]
    public void Staff_WorkbookWithoutRows_SaysTheSheetIsEmpty()
    {
        var result = new StaffFileReader().Read(XlsxWriter.Write([]), "personeel.xlsx").Collect();

        var issue = Assert.Single(result.Issues);
        Assert.Equal("Het eerste werkblad ('Leerlingen') van de Excel-werkmap is leeg.", issue.Message);
    }

    [Theory]
    [InlineData("leerlingen.xls")]
    [InlineData("leerlingen.xlsx")] // a workbook saved with a password is an OLE2 file too, whatever its name
    public void Pupils_OldExcelOrPasswordWorkbook_SaysHowToSaveIt(string name)
    {
        var issue = Assert.Single(ReadPupils(OldExcel(), name).Issues);

        Assert.Equal(name, issue.File);
        Assert.Contains("oude formaat (.xls) of een werkmap met een wachtwoord", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Sla het in Excel op als .xlsx", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Guardians_PdfUploadedInstead_SaysItIsNoTextFile()
    {
        var result = new GuardianFileReader().Read(new MemoryStream(Pdf()), "ouders.csv").Collect();

        var issue = Assert.Single(result.Issues);
        Assert.Contains("geen CSV-tekstbestand: het bevat binaire gegevens", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pupils_XlsxThatIsReallyCsv_IsReadAsCsv()
    {
        var result = ReadPupils(Encoding.UTF8.GetBytes("Leerlingnummer;Roepnaam;Achternaam\n1001;Sem;Vries\n"));

        Assert.Empty(result.Issues);
        Assert.Equal("Sem", Assert.Single(result.Values).FirstName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void Staff_EmptyCsv_SaysTheFileIsEmpty(string content)
    {
        var result = new StaffFileReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "personeel.csv").Collect();

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("personeel.csv", (int?)1, "Het bestand is leeg."), (issue.File, issue.Line, issue.Message));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Pupils_UnicodeTextWithoutByteOrderMark_IsReadAsUtf16(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = encoding.GetBytes("Leerlingnummer;Roepnaam;Achternaam\n1002;Zoë;Bakker\n");
        Assert.False(text.AsSpan().StartsWith(encoding.GetPreamble())); // GetBytes writes no mark: this is the case

        var result = ReadPupils(text, "leerlingen.txt");

        Assert.Empty(result.Issues);
        Assert.Equal(("1002", "Zoë", "Bakker"), (result.Values[0].PupilNumber, result.Values[0].FirstName, result.Values[0].LastName));
    }

    [Fact]
    public void Pupils_UnicodeTextWithByteOrderMark_StillReads()
    {
        var text = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Leerlingnummer;Roepnaam;Achternaam\n1002;Zoë;Bakker\n")).ToArray();

        var result = ReadPupils(text, "leerlingen.txt");

        Assert.Empty(result.Issues);
        Assert.Equal("Zoë", Assert.Single(result.Values).FirstName);
    }

    [Fact]
    public void Pupils_OneBadlyQuotedLine_IsReportedAndTheOthersAreStillRead()
    {
        const string file = "Leerlingnummer;Roepnaam;Achternaam\n1001;Sem;Vries\n1002;\"Zoë\"x;Bakker\n1003;Daan;Berg\n";

        var result = ReadPupils(Encoding.UTF8.GetBytes(file), "leerlingen.csv");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("leerlingen.csv", (int?)3), (issue.File, issue.Line));
        Assert.Equal("Tekst na het sluitende aanhalingsteken van een veld.", issue.Message);
        Assert.Equal(["1001", "1003"], result.Values.Select(p => p.PupilNumber));
    }

    [Fact]
    public void Pupils_QuoteNeverClosed_NamesTheLineWhereItOpens()
    {
        const string file = "Leerlingnummer;Roepnaam;Achternaam\n1001;Sem;Vries\n1002;\"Zoë;Bakker\n1003;Daan;Berg\n";

        var result = ReadPupils(Encoding.UTF8.GetBytes(file), "leerlingen.csv");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("leerlingen.csv", (int?)3), (issue.File, issue.Line));
        Assert.StartsWith("Een aanhalingsteken wordt nooit gesloten", issue.Message, StringComparison.Ordinal);
    }
}
