namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>
/// One line of an import preview: a pupil (by pupil number and name) and what changes for them, in Dutch
/// (<see cref="Detail"/>: "groep 7 → 8", "De Regenboog → Het Kompas", "moeder Anouk de Vries erbij").
/// </summary>
public sealed record PupilChange(string PupilNumber, string Name, string SchoolName, string Detail)
{
    public override string ToString() => $"{Name} ({PupilNumber}, {SchoolName}): {Detail}";
}
