using Protocolwacht.Imports.Tabular;

namespace Protocolwacht.Imports.School;

/// <summary>
/// Reads a separate parents' export (CSV or .xlsx): one guardian per row with the pupil number, or
/// several separated by ',' or ';', of their children. <see cref="PupilGuardians.Attach"/> puts them
/// with the pupils of the pupil file.
/// </summary>
public sealed class GuardianFileReader(PupilColumnMap map)
{
    public GuardianFileReader()
        : this(PupilColumnMap.Default)
    {
    }

    public IEnumerable<ImportRow<ImportedGuardianLink>> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        Dictionary<GuardianField, int>? columns = null;
        IReadOnlyList<string> headers = [];
        foreach (var record in TabularFile.Read(stream, fileName))
        {
            if (record.Issue is { } issue)
            {
                yield return ImportRow<ImportedGuardianLink>.Failed(issue);
                continue;
            }

            if (columns is null)
            {
                if (record.IsBlank)
                {
                    continue;
                }

                headers = record.Cells;
                var index = ColumnNames.Index(headers);
                columns = Enum.GetValues<GuardianField>().ToDictionary(f => f, f => PupilColumns.Find(index, map.GuardianRow.GetValueOrDefault(f, []), null));
                if (columns[GuardianField.PupilNumbers] < 0
                    || (columns[GuardianField.Name] < 0 && columns[GuardianField.LastName] < 0))
                {
                    yield return ImportRow<ImportedGuardianLink>.Failed(new ImportIssue(fileName, record.Line, null, null,
                        "De eerste regel moet de kolomnamen geven, met ten minste het leerlingnummer en de naam (of achternaam) van de ouder/verzorger."));
                    yield break;
                }

                continue;
            }

            if (!record.IsBlank)
            {
                yield return ReadLink(new PupilRowContext(fileName, record, headers), columns);
            }
        }
    }

    private ImportRow<ImportedGuardianLink> ReadLink(PupilRowContext row, Dictionary<GuardianField, int> columns)
    {
        var numbers = row.Required(columns[GuardianField.PupilNumbers], "Het leerlingnummer")?
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var guardian = GuardianReading.Read(row, columns, map, "de ouder/verzorger");
        if (guardian is null && !row.HasIssues)
        {
            row.Error(columns[GuardianField.Name] >= 0 ? columns[GuardianField.Name] : columns[GuardianField.LastName], "De naam van de ouder/verzorger ontbreekt.");
        }

        if (numbers.Length == 0 && !row.HasIssues)
        {
            // Only separators ("," or ";"): present, so Required said nothing, but no pupil to link to.
            row.Error(columns[GuardianField.PupilNumbers], "Het leerlingnummer ontbreekt (alleen scheidingstekens).");
        }

        return row.HasIssues || guardian is null || numbers.Length == 0
            ? ImportRow<ImportedGuardianLink>.Failed(row.Line, row.Issues)
            : ImportRow<ImportedGuardianLink>.Ok(row.Line, new ImportedGuardianLink(numbers, guardian));
    }
}
