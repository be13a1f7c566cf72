using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Imports.School;

namespace Protocolwacht.Imports.Tests.School;

public class PupilFileReaderTests
{
    private static readonly FakeTimeProvider Today = new(new DateTimeOffset(2024, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private static readonly PupilFileReader Reader = new(Today);

    [Fact]
    public void Read_ParnasSysCsvInWindows1252_GivesPupilsWithGuardians()
    {
        var result = Reader.Read(Samples.Open("pupils-parnassys.csv"), "leerlingen.csv").Collect();

        Assert.Empty(result.Issues);
        var sem = result.Values[0];
        Assert.Equal(("1001", "Sem", "de", "Vries", "Groep 8", "12AB"), (sem.PupilNumber, sem.FirstName, sem.Prefix, sem.LastName, sem.Group, sem.SchoolBrin));
        Assert.Equal("Sem de Vries", sem.DisplayName);
        Assert.Equal(new DateOnly(2018, 8, 20), sem.EntryDate);
        Assert.Collection(sem.Guardians,
            g => Assert.Equal(new ImportedGuardian("Anouk de Vries", GuardianRelation.Mother, "anouk.devries@example.nl", "06-12345678"), g),
            g => Assert.Equal(new ImportedGuardian("Pieter de Vries", GuardianRelation.Father, "pieter@example.nl", null), g));
        Assert.Equal("Zoë", result.Values[1].FirstName);
        Assert.Equal(GuardianRelation.Carer, Assert.Single(result.Values[1].Guardians).Relation);
    }

    [Fact]
    public void Read_DateOfBirth_GivesOnlyTheSixteenFlag()
    {
        var pupils = Reader.Read(Samples.Open("pupils-parnassys.csv"), "leerlingen.csv").Collect().Values;

        Assert.Equal([false, false, true], pupils.Select(p => p.AgedSixteenOrOver));
        Assert.Equal(new DateOnly(2024, 7, 19), pupils[2].LeavingDate);
        Assert.Equal(GuardianRelation.Guardian, pupils[2].Guardians[0].Relation);
    }

    [Fact]
    public void Read_SomtodayCsvWithBomAndCommas_MapsItsOwnHeaders()
    {
        var result = Reader.Read(Samples.Open("pupils-somtoday.csv"), "export.csv").Collect();

        Assert.Empty(result.Issues);
        Assert.Equal(["Mila Jansen", "Noah van Dijk"], result.Values.Select(p => p.DisplayName));
        Assert.All(result.Values, p => Assert.Equal(("7B", "34CD00", (bool?)null), (p.Group, p.SchoolBrin, p.AgedSixteenOrOver)));
    }

    [Fact]
    public void Read_MagisterXlsx_ReadsSharedStringsNumbersAndDateCells()
    {
        using var workbook = XlsxWriter.Write([
            ["Stamnummer", "Roepnaam", "Tussenv.", "Achternaam", "Klas", "Geb.datum", "Datum inschrijving", "E-mailadres ouder/verzorger 1", "Naam ouder 1"],
            [4001, "Lotte", null, "Visser", "H1a", new DateOnly(2008, 10, 31), new DateOnly(2020, 8, 17), "m.visser@example.nl", "Marieke Visser"],
            [4002, "Bram", "ten", "Hove", "H1a", new DateOnly(2008, 11, 2), new DateOnly(2020, 8, 17), null, null],
        ]);

        var result = Reader.Read(workbook, "magister.xlsx", schoolBrin: "78gh").Collect();

        Assert.Empty(result.Issues);
        Assert.Equal(("4001", "Lotte", (string?)null, "Visser", "H1a", "78GH"), (result.Values[0].PupilNumber, result.Values[0].FirstName, result.Values[0].Prefix, result.Values[0].LastName, result.Values[0].Group, result.Values[0].SchoolBrin));
        Assert.Equal(new DateOnly(2020, 8, 17), result.Values[0].EntryDate);
        Assert.Equal([true, false], result.Values.Select(p => p.AgedSixteenOrOver));
        Assert.Equal("Marieke Visser", Assert.Single(result.Values[0].Guardians).Name);
        Assert.Empty(result.Values[1].Guardians);
    }

    [Fact]
    public void Read_BadCells_GiveOneIssuePerCellWithRowColumnAndHeader()
    {
        const string csv = "Leerlingnummer;Roepnaam;Achternaam;BRIN;Datum inschrijving;Datum uitschrijving;E-mail verzorger 1\n"
            + "5001;Ann;;1234;31-02-2024;;geen-mail\n"
            + "5002;Bo;Smit;12AB;01-09-2024;01-08-2024;\n"
            + "5002;Cas;Smit;12AB;;;\n";

        var result = Reader.Read(Samples.FromText(csv), "leerlingen.csv").Collect();

        Assert.Empty(result.Values);
        Assert.Equal(
            [(2, 3, "De achternaam ontbreekt."), (2, 4, "BRIN"), (2, 5, "Datum inschrijving"), (2, 7, "e-mailadres"), (2, 7, "naam van ouder/verzorger 1 ontbreekt"), (3, 6, "vóór de datum van inschrijving"), (4, 1, "staat ook al op regel 3")],
            result.Issues.Select(i => (i.Line!.Value, i.Column!.Value, Fragment(i.Message))));
        Assert.Equal("leerlingen.csv, regel 2, kolom 4 (BRIN): '1234' is geen BRIN-nummer: dat zijn twee cijfers en twee letters, zoals 12AB (eventueel gevolgd door twee cijfers voor de vestiging).", result.Issues[1].ToString());
    }

    [Fact]
    public void Read_UnknownHeaders_NameTheMissingFieldsAndHowToMapThem()
    {
        var issue = Assert.Single(Reader.Read(Samples.FromText("Nummer;Naam\n1;Ann\n"), "x.csv").Collect().Issues);

        Assert.Contains("het leerlingnummer (bijvoorbeeld 'Leerlingnummer'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("eigen kolomtoewijzing", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SchoolsOwnColumnMap_IsTriedFirst()
    {
        Assert.True(PupilColumnMap.TryParse("""{ "pupil": { "pupilNumber": ["Nummer"], "firstName": ["Naam"], "lastName": ["Familienaam"] } }""", out var school, out _));
        var reader = new PupilFileReader(PupilColumnMap.Default.With(school!), Today);

        var pupil = Assert.Single(reader.Read(Samples.FromText("Nummer;Naam;Familienaam\n7;Ann;Smit\n"), "x.csv").Collect().Values);

        Assert.Equal(("7", "Ann", "Smit"), (pupil.PupilNumber, pupil.FirstName, pupil.LastName));
    }

    [Fact]
    public void TryParse_UnknownField_SaysWhichFieldsExist()
    {
        Assert.False(PupilColumnMap.TryParse("""{ "pupil": { "geboorteplaats": ["Plaats"] } }""", out _, out var problem));

        Assert.Contains("Onbekend veld 'pupil.geboorteplaats'", problem, StringComparison.Ordinal);
    }

    private static string Fragment(string message) =>
        new[] { "naam van ouder/verzorger 1 ontbreekt", "De achternaam ontbreekt.", "BRIN", "Datum inschrijving", "e-mailadres", "vóór de datum van inschrijving", "staat ook al op regel 3" }
            .First(f => message.Contains(f, StringComparison.Ordinal));
}
