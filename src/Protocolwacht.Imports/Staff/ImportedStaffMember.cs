using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Imports.Staff;

/// <summary>
/// A staff member from the HR system's CSV. <see cref="Role"/> is the protocol's role, mapped from the
/// HR function (<see cref="Function"/>, kept as written). <see cref="School"/> is the school as HR
/// names it (a BRIN or a school code); the organisation import maps it to a school. <see cref="ManagerId"/>
/// is the staff id of the leidinggevende, checked to be in the same file.
/// </summary>
public sealed record ImportedStaffMember(
    string StaffId,
    string Name,
    string? School,
    StaffRole Role,
    string? Function,
    string? ManagerId,
    string? WorkEmail);
