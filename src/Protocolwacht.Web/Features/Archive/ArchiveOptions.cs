using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Web.Features.Archive;

/// <summary>Settings of the archive (section <c>Archive</c>). Defaults are documented in the README.</summary>
public sealed class ArchiveOptions
{
    /// <summary>How often a new signed tree head is issued when records were added since the last one.</summary>
    public TimeSpan TreeHeadInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the retention job looks for content whose retention has ended.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How long the content of each record type is kept, by stored type name; a type not listed (or a
    /// value of zero) is kept forever. After the period the content is removed by a <c>redaction.v1</c>
    /// record; the record itself, its hash and its place in the tree stay forever.
    /// </summary>
    public Dictionary<string, TimeSpan> Retention { get; set; } = new(StringComparer.Ordinal)
    {
        // Publications: ten years, the period Konot keeps its own correspondence (set by the board's archivist).
        [ArchiveRecordTypes.Published] = TimeSpan.FromDays(3653),

        // Imported history: as long as what was published here.
        [ArchiveRecordTypes.Imported] = TimeSpan.FromDays(3653),

        // Corrections and deletions: as long as the publication they change, so its history stays whole.
        [ArchiveRecordTypes.Revision] = TimeSpan.FromDays(3653),
        [ArchiveRecordTypes.Tombstone] = TimeSpan.FromDays(3653),
    };

    public TimeSpan? RetentionOf(string type) =>
        Retention.TryGetValue(type, out var period) && period > TimeSpan.Zero ? period : null;
}
