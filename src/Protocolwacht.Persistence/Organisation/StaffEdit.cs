namespace Protocolwacht.Persistence.Organisation;

/// <summary>What an administrator may change about a staff member.</summary>
public sealed record StaffEdit(string? Name, string? Role, string? Function, string? SchoolId, string? ManagerId, string? Email);
