using Protocolwacht.Persistence.Privacy;

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
    public Dictionary<string, TimeSpan> Retention { get; set; } = new(ArchiveRetentionDefaults.Periods, StringComparer.Ordinal);

    public TimeSpan? RetentionOf(string type) =>
        Retention.TryGetValue(type, out var period) && period > TimeSpan.Zero ? period : null;
}
