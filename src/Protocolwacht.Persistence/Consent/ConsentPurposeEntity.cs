namespace Protocolwacht.Persistence.Consent;

/// <summary>A purpose the board asks consent for (foto op social media, website, …).</summary>
public class ConsentPurposeEntity
{
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public int SortOrder { get; set; }
    public bool Active { get; set; } = true;
}
