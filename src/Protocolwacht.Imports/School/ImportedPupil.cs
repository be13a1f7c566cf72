namespace Protocolwacht.Imports.School;

/// <summary>
/// A pupil as a school system's export describes them, reduced to what Protocolwacht keeps: no date
/// of birth (only <see cref="AgedSixteenOrOver"/>, computed on the day of reading; null when the file
/// has no date of birth), no address. <see cref="SchoolBrin"/> is upper case (<c>12AB</c>, or with the
/// two-digit location <c>12AB00</c>). <see cref="LeavingDate"/> is the first day the pupil is no longer
/// enrolled, as the system wrote it.
/// </summary>
public sealed record ImportedPupil(
    string PupilNumber,
    string FirstName,
    string? Prefix,
    string LastName,
    string? Group,
    string? SchoolBrin,
    DateOnly? EntryDate,
    DateOnly? LeavingDate,
    bool? AgedSixteenOrOver,
    IReadOnlyList<ImportedGuardian> Guardians)
{
    /// <summary>"Sem de Vries": first name, tussenvoegsel, last name.</summary>
    public string DisplayName => Prefix is null ? $"{FirstName} {LastName}" : $"{FirstName} {Prefix} {LastName}";
}
