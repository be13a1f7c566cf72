namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// Told of every record <see cref="ArchiveLog"/> appends, inside the same transaction and before it commits,
/// so a table derived from the archive (the search index) changes together with it or not at all. An observer
/// adds or removes rows through the context; it never changes the archive itself.
/// </summary>
public interface IArchiveAppendObserver
{
    Task OnAppendedAsync(IReadOnlyList<AppendedRecord> records, CancellationToken cancellationToken);
}

/// <summary>A record as it was appended: its number, stored type, content (UTF-8 JSON) and the record it redacts.</summary>
public sealed record AppendedRecord(long Sequence, string Type, byte[] Content, long? RedactsSequence);
