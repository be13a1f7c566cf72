namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// A person who works for the board or one of its schools. <see cref="SchoolId"/> is null for
/// board-level staff (cvb, staf); <see cref="ManagerId"/> is the leidinggevende who gives advice
/// when the author doubts (R9), null at the top.
/// </summary>
public sealed record StaffMember(
    string Id,
    string Name,
    StaffRole Role,
    string? Function,
    string? SchoolId,
    string? ManagerId);
