namespace Protocolwacht.Persistence.Organisation;

/// <summary>A staff member. <see cref="Role"/> is the role code (cvb, directie, staf, medewerker).</summary>
public class StaffEntity : IKeyedRow
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public string? Function { get; set; }
    public string? SchoolId { get; set; }
    public string? ManagerId { get; set; }
    public string? Email { get; set; }
    public int SortOrder { get; set; }
}
