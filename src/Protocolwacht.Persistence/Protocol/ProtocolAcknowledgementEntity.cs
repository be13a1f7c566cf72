namespace Protocolwacht.Persistence.Protocol;

/// <summary>A staff member's "gelezen en begrepen" for one protocol version.</summary>
public class ProtocolAcknowledgementEntity
{
    public long Id { get; set; }
    public string StaffId { get; set; } = string.Empty;
    public int VersionNumber { get; set; }
    public DateTimeOffset AcknowledgedAt { get; set; }
}
