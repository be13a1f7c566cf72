using Protocolwacht.Imports.School;
using Protocolwacht.Imports.Tabular;

namespace Protocolwacht.Imports.Staff;

/// <summary>
/// Reads the HR system's staff CSV (or .xlsx): staff id, name, school, role/function, manager and
/// work e-mail. After the last row, every manager id that names nobody in the file, and every staff
/// member who is their own manager, is reported on the row that says so.
/// </summary>
public sealed class StaffFileReader(StaffColumnMap map)
{
    public StaffFileReader()
        : this(StaffColumnMap.Default)
    {
    }

    public IEnumerable<ImportRow<ImportedStaffMember>> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        Dictionary<string, int>? columns = null;
        IReadOnlyList<string> headers = [];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var managers = new List<(int Line, string Manager, string StaffId)>();
        foreach (var record in TabularFile.Read(stream, fileName))
        {
            if (record.Issue is { } issue)
            {
                yield return ImportRow<ImportedStaffMember>.Failed(issue);
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
                columns = map.Columns.ToDictionary(c => c.Key, c => PupilColumns.Find(index, c.Value, null), StringComparer.Ordinal);
                if (columns["staffId"] < 0 || (columns["name"] < 0 && columns["lastName"] < 0) || columns["role"] < 0)
                {
                    yield return ImportRow<ImportedStaffMember>.Failed(new ImportIssue(fileName, record.Line, null, null,
                        "De eerste regel moet de kolomnamen geven, met ten minste personeelsnummer, naam en rol (of functie)."));
                    yield break;
                }

                continue;
            }

            if (record.IsBlank)
            {
                continue;
            }

            var row = ReadMember(new PupilRowContext(fileName, record, headers), columns, seen);
            if (row.Value is { ManagerId: { } manager } member)
            {
                managers.Add((row.Line ?? 0, manager, member.StaffId));
            }

            yield return row;
        }

        foreach (var (line, manager, staffId) in managers)
        {
            var problem = string.Equals(manager, staffId, StringComparison.OrdinalIgnoreCase)
                ? $"{staffId} staat als eigen leidinggevende: wie geeft advies bij twijfel?"
                : seen.ContainsKey(manager) ? null : $"Leidinggevende {manager} staat niet in het bestand.";
            if (problem is not null)
            {
                var column = columns!["manager"];
                yield return ImportRow<ImportedStaffMember>.Failed(new ImportIssue(fileName, line, column + 1, headers[column], problem));
            }
        }
    }

    private ImportRow<ImportedStaffMember> ReadMember(PupilRowContext row, Dictionary<string, int> columns, Dictionary<string, int> seen)
    {
        var id = row.Required(columns["staffId"], "Het personeelsnummer");
        var name = row.Text(columns["name"])
            ?? string.Join(' ', new[] { "firstName", "prefix", "lastName" }.Select(f => row.Text(columns[f])).OfType<string>());
        if (name.Length == 0)
        {
            row.Error(columns["name"] >= 0 ? columns["name"] : columns["lastName"], "De naam ontbreekt.");
        }

        var function = row.Required(columns["role"], "De rol of functie");
        var role = default(Domain.Organisation.StaffRole);
        if (function is not null && !map.TryRole(function, out role))
        {
            row.Error(columns["role"], $"Onbekende functie '{function}': leg in de roltabel vast of dit cvb, directie, staf of medewerker is.");
        }

        var email = row.Email(columns["email"], "Het werk-e-mailadres");
        if (id is not null && !seen.TryAdd(id, row.Line))
        {
            row.Error(columns["staffId"], $"Personeelsnummer {id} staat ook al op regel {seen[id]}.");
        }

        return row.HasIssues || id is null || function is null
            ? ImportRow<ImportedStaffMember>.Failed(row.Line, row.Issues)
            : ImportRow<ImportedStaffMember>.Ok(row.Line, new ImportedStaffMember(id, name, row.Text(columns["school"]), role, function,
                row.Text(columns["manager"]), email));
    }
}
