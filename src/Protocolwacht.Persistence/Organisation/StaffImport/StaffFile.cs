using Protocolwacht.Imports;
using Protocolwacht.Imports.Staff;

namespace Protocolwacht.Persistence.Organisation.StaffImport;

/// <summary>An HR staff export read completely, with each member's row; <see cref="Issues"/> names file, row and column.</summary>
public sealed record StaffFile(string FileName, IReadOnlyList<(int Line, ImportedStaffMember Member)> Members, IReadOnlyList<ImportIssue> Issues)
{
    public static StaffFile Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var members = new List<(int, ImportedStaffMember)>();
        var issues = new List<ImportIssue>();
        foreach (var row in new StaffFileReader().Read(stream, fileName))
        {
            issues.AddRange(row.Issues);
            if (row.Value is { } member)
            {
                members.Add((row.Line ?? 0, member));
            }
        }

        if (members.Count == 0 && issues.Count == 0)
        {
            issues.Add(new ImportIssue(fileName, null, null, null, "Het bestand bevat geen medewerkers."));
        }

        return new StaffFile(fileName, members, issues);
    }
}
