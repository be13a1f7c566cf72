using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// The default retention of archive record contents by stored type name (<c>Archive:Retention</c> overrides
/// them): shared by the web app's archive job and the command line's processing register.
/// </summary>
public static class ArchiveRetentionDefaults
{
    public static IReadOnlyDictionary<string, TimeSpan> Periods { get; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        // Publications: ten years, the period Konot keeps its own correspondence (set by the board's archivist).
        [ArchiveRecordTypes.Published] = TimeSpan.FromDays(3653),

        // Imported history: as long as what was published here.
        [ArchiveRecordTypes.Imported] = TimeSpan.FromDays(3653),

        // Corrections and deletions: as long as the publication they change, so its history stays whole.
        [ArchiveRecordTypes.Revision] = TimeSpan.FromDays(3653),
        [ArchiveRecordTypes.Tombstone] = TimeSpan.FromDays(3653),

        // A post found gone by reconciliation: as long as the record of the post itself.
        [ArchiveRecordTypes.Disappeared] = TimeSpan.FromDays(3653),
    };

    /// <summary>The periods in <paramref name="configured"/> (type name → period) over the defaults.</summary>
    public static Dictionary<string, TimeSpan> With(IEnumerable<KeyValuePair<string, TimeSpan>> configured)
    {
        var periods = new Dictionary<string, TimeSpan>(Periods, StringComparer.Ordinal);
        foreach (var (type, period) in configured)
        {
            periods[type] = period;
        }

        return periods;
    }
}
