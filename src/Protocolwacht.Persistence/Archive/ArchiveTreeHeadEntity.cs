namespace Protocolwacht.Persistence.Archive;

/// <summary>A signed tree head as stored; append-only like the records. The tree size is the key, so two instances signing the same size cannot both store it.</summary>
public class ArchiveTreeHeadEntity
{
    public long TreeSize { get; set; }
    public byte[] RootHash { get; set; } = [];
    public DateTimeOffset SignedAt { get; set; }
    public string KeyId { get; set; } = string.Empty;
    public byte[] Signature { get; set; } = [];
}
