using Protocolwacht.Imports;

namespace Protocolwacht.Persistence.Organisation.StaffImport;

/// <summary>
/// What applying an HR export would change: new staff (who get a sign-in account), staff whose name, role,
/// school, manager or e-mail changed, and staff no longer in the export (removed, as the organisation file does).
/// <see cref="Fingerprint"/> ties an apply to the preview the person saw.
/// </summary>
public sealed record StaffImportPreview(
    IReadOnlyList<StaffChange> New,
    IReadOnlyList<StaffChange> Changed,
    IReadOnlyList<StaffChange> Removed,
    int Unchanged,
    IReadOnlyList<ImportIssue> Issues,
    string Fingerprint)
{
    public bool CanApply => Issues.Count == 0;

    public bool HasChanges => New.Count + Changed.Count + Removed.Count > 0;

    public override string ToString() => $"{New.Count} nieuw, {Changed.Count} gewijzigd, {Removed.Count} niet meer in dienst, {Unchanged} ongewijzigd";
}

/// <summary>One staff member in a preview and what changes, in Dutch.</summary>
public sealed record StaffChange(string StaffId, string Name, string Detail)
{
    public override string ToString() => $"{Name} ({StaffId}): {Detail}";
}

/// <summary>The result of applying: false when the file had problems or the staff changed since the preview.</summary>
public sealed record StaffImportOutcome(bool Applied, StaffImportPreview Preview, int SignInAccountsCreated);
