using Protocolwacht.Imports.Tabular;
using Protocolwacht.Imports.Time;

namespace Protocolwacht.Imports.School;

/// <summary>
/// Reads a pupil export of ParnasSys, Magister, Somtoday or any system whose columns the
/// <see cref="PupilColumnMap"/> knows, as CSV (any separator, UTF-8 or Windows-1252) or Excel
/// (.xlsx). Guardians on the pupil's row (up to four, numbered in the headers) are read along. The
/// date of birth is read only to compute <see cref="ImportedPupil.AgedSixteenOrOver"/> on the day of
/// reading (from <see cref="TimeProvider"/>, in Dutch time) and is not kept.
/// </summary>
public sealed class PupilFileReader(PupilColumnMap map, TimeProvider time)
{
    private static readonly (PupilField Field, string Name)[] Required =
    [
        (PupilField.PupilNumber, "het leerlingnummer"),
        (PupilField.FirstName, "de roepnaam"),
        (PupilField.LastName, "de achternaam"),
    ];

    public PupilFileReader(TimeProvider time)
        : this(PupilColumnMap.Default, time)
    {
    }

    /// <param name="schoolBrin">The BRIN of the school the file is from, for exports without a BRIN column.</param>
    public IEnumerable<ImportRow<ImportedPupil>> Read(Stream stream, string fileName, string? schoolBrin = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), LocalTime.Amsterdam).DateTime);
        PupilColumns? columns = null;
        IReadOnlyList<string> headers = [];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in TabularFile.Read(stream, fileName))
        {
            if (record.Issue is { } issue)
            {
                yield return ImportRow<ImportedPupil>.Failed(issue);
                continue;
            }

            if (columns is null)
            {
                if (record.IsBlank)
                {
                    continue;
                }

                headers = record.Cells;
                columns = PupilColumns.Resolve(headers, map);
                var missing = Required.Where(r => columns[r.Field] < 0).ToList();
                if (missing.Count > 0)
                {
                    yield return ImportRow<ImportedPupil>.Failed(MissingColumns(fileName, record.Line, missing.Select(m => (m.Field, m.Name))));
                    yield break;
                }

                continue;
            }

            if (!record.IsBlank)
            {
                yield return ReadPupil(new PupilRowContext(fileName, record, headers), columns, schoolBrin, today, seen);
            }
        }
    }

    private ImportIssue MissingColumns(string fileName, int line, IEnumerable<(PupilField Field, string Name)> missing)
    {
        var parts = missing.Select(m => $"{m.Name} (bijvoorbeeld '{string.Join("', '", map.Pupil.GetValueOrDefault(m.Field, []).Take(3))}')");
        return new ImportIssue(fileName, line, null, null,
            // One literal, so a page can translate the whole sentence (UiText holds it with the columns as its hole).
            $"De eerste regel moet de kolomnamen geven, maar er is geen kolom voor {string.Join(", ", parts)}. Gebruikt uw schoolsysteem andere kolomnamen, leg die dan vast in een eigen kolomtoewijzing.");
    }

    private ImportRow<ImportedPupil> ReadPupil(PupilRowContext row, PupilColumns columns, string? schoolBrin, DateOnly today, Dictionary<string, int> seen)
    {
        var number = row.Required(columns[PupilField.PupilNumber], "Het leerlingnummer");
        var first = row.Required(columns[PupilField.FirstName], "De roepnaam");
        var last = row.Required(columns[PupilField.LastName], "De achternaam");
        var prefix = row.Text(columns[PupilField.Prefix]);
        var group = row.Text(columns[PupilField.Group]);
        var brin = row.Brin(columns[PupilField.SchoolBrin], schoolBrin);
        var entry = row.Date(columns[PupilField.EntryDate], "Datum inschrijving");
        var leaving = row.Date(columns[PupilField.LeavingDate], "Datum uitschrijving");
        var born = row.Date(columns[PupilField.DateOfBirth], "Geboortedatum");
        if (entry is { } e && leaving is { } l && l < e)
        {
            row.Error(columns[PupilField.LeavingDate], $"De datum van uitschrijving ({l:dd-MM-yyyy}) ligt vóór de datum van inschrijving ({e:dd-MM-yyyy}).");
        }

        if (born > today)
        {
            row.Error(columns[PupilField.DateOfBirth], "De geboortedatum ligt in de toekomst.");
        }

        if (number is not null && !seen.TryAdd(number, row.Line))
        {
            row.Error(columns[PupilField.PupilNumber], $"Leerlingnummer {number} staat ook al op regel {seen[number]}.");
        }

        var guardians = new List<ImportedGuardian>();
        for (var i = 0; i < columns.Guardians.Count; i++)
        {
            if (GuardianReading.Read(row, columns.Guardians[i], map, $"ouder/verzorger {i + 1}") is { } guardian)
            {
                guardians.Add(guardian);
            }
        }

        if (row.HasIssues || number is null || first is null || last is null)
        {
            return ImportRow<ImportedPupil>.Failed(row.Line, row.Issues);
        }

        return ImportRow<ImportedPupil>.Ok(row.Line, new ImportedPupil(number, first, prefix, last, group, brin, entry, leaving,
            born is null ? null : AgeCheck.IsSixteenOrOver(born.Value, today), guardians));
    }
}
