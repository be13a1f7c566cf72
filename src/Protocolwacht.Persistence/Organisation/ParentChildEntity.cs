namespace Protocolwacht.Persistence.Organisation;

/// <summary>Links a parent to one of their children (a student).</summary>
public class ParentChildEntity
{
    public string ParentId { get; set; } = string.Empty;
    public string StudentId { get; set; } = string.Empty;
}
