using Protocolwacht.Imports;

namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>
/// What applying a pupil export would change: new pupils, pupils who moved group or school (or came back),
/// pupils who left, and pupils whose parents changed. <see cref="Fingerprint"/> identifies exactly these
/// changes: applying checks that the database still gives the same preview, so nobody applies something
/// other than what they saw. A preview with <see cref="Issues"/> cannot be applied.
/// </summary>
public sealed record PupilImportPreview(
    IReadOnlyList<string> Schools,
    IReadOnlyList<PupilChange> New,
    IReadOnlyList<PupilChange> Moved,
    IReadOnlyList<PupilChange> Left,
    IReadOnlyList<PupilChange> ParentsChanged,
    int Unchanged,
    bool ParentsInFile,
    IReadOnlyList<ImportIssue> Issues,
    string Fingerprint)
{
    public bool CanApply => Issues.Count == 0;

    public bool HasChanges => New.Count + Moved.Count + Left.Count + ParentsChanged.Count > 0;

    public override string ToString() =>
        $"{New.Count} nieuw, {Moved.Count} van groep of school gewisseld, {Left.Count} vertrokken, "
        + $"{ParentsChanged.Count} met gewijzigde ouders, {Unchanged} ongewijzigd";
}
