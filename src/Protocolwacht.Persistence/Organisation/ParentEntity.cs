namespace Protocolwacht.Persistence.Organisation;

public class ParentEntity : IKeyedRow
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public int SortOrder { get; set; }
}
