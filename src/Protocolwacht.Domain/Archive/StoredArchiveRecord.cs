namespace Protocolwacht.Domain.Archive;

/// <summary>A record as read back from the store: the part the tree commits to, and its content, or null once the content was removed.</summary>
public sealed record StoredArchiveRecord(ArchiveRecord Record, byte[]? Content);
