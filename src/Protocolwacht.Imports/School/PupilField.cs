namespace Protocolwacht.Imports.School;

/// <summary>The fields a pupil export can have, as named in <c>pupil-columns.json</c>.</summary>
public enum PupilField
{
    PupilNumber,
    FirstName,
    Prefix,
    LastName,
    Group,
    SchoolBrin,
    EntryDate,
    LeavingDate,
    DateOfBirth,
}

/// <summary>The fields of one guardian, on the pupil's row (numbered) or on a row of their own.</summary>
public enum GuardianField
{
    PupilNumbers,
    Name,
    FirstName,
    Prefix,
    LastName,
    Relation,
    Email,
    Phone,
}
