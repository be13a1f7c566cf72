namespace Protocolwacht.Persistence.Organisation;

/// <summary>A student under an id of our own; no national number and no date of birth are stored.</summary>
public class StudentEntity : IKeyedRow
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string SchoolId { get; set; } = string.Empty;
    public string? Group { get; set; }
    public int SortOrder { get; set; }
}
