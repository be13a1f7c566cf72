namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// One row of <c>archive_records</c>: the part of a record the Merkle tree commits to. Inserted once,
/// never updated or deleted (database triggers, <see cref="AppendOnlyInterceptor"/>).
/// </summary>
public class ArchiveRecordEntity
{
    public long Sequence { get; set; }
    public string Type { get; set; } = string.Empty;
    public DateTimeOffset RecordedAt { get; set; }
    public byte[] ContentHash { get; set; } = [];
    public long? RedactsSequence { get; set; }
}
