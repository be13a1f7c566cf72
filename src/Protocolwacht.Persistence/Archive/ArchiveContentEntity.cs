namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// The content of record <see cref="Sequence"/> (UTF-8 JSON), apart from the record so it can be removed
/// when a redaction record says so. Never updated; deleted only together with a redaction record naming it.
/// </summary>
public class ArchiveContentEntity
{
    public long Sequence { get; set; }
    public byte[] Content { get; set; } = [];
}
