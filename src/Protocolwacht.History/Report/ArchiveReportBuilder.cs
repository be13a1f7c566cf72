using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence.Archive;

namespace Protocolwacht.History.Report;

/// <summary>
/// Reads the archive once, in sequence order, and gathers the selected publications with the revisions and
/// tombstones that name them. A redacted publication is reported as redacted when no school or account filter
/// applies (its content no longer says where it was published).
/// </summary>
public sealed class ArchiveReportBuilder(ArchiveStore store, TimeProvider time)
{
    public async Task<ArchiveReport> BuildAsync(ArchiveReportSelection selection, OrganisationModel? organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var publications = new List<(long Sequence, DateTimeOffset At, PublishedRecord? Record)>();
        var revisions = new Dictionary<(Guid, string), List<(long, RevisionRecord)>>();
        var tombstones = new Dictionary<(Guid, string), (long, TombstoneRecord)>();
        var redacted = new HashSet<long>();
        await foreach (var stored in store.ReadAllAsync(cancellationToken: cancellationToken))
        {
            var record = stored.Record;
            if (record.RedactsSequence is { } target)
            {
                redacted.Add(target);
            }

            switch (record.Type)
            {
                case ArchiveRecordTypes.Published:
                    publications.Add((record.Sequence, record.RecordedAt, stored.Content is null ? null : ArchiveJson.Read<PublishedRecord>(stored.Content)));
                    break;
                case ArchiveRecordTypes.Revision when stored.Content is not null:
                    var revision = ArchiveJson.Read<RevisionRecord>(stored.Content);
                    var key = (revision.PostId, revision.AccountId);
                    if (!revisions.TryGetValue(key, out var list))
                    {
                        revisions[key] = list = [];
                    }

                    list.Add((record.Sequence, revision));
                    break;
                case ArchiveRecordTypes.Tombstone when stored.Content is not null:
                    var tombstone = ArchiveJson.Read<TombstoneRecord>(stored.Content);
                    tombstones[(tombstone.PostId, tombstone.AccountId)] = (record.Sequence, tombstone);
                    break;
            }
        }

        var selected = publications
            .Where(p => InPeriod(p.Record?.PublishedAt ?? p.At, selection) && Matches(p.Record, selection, organisation))
            .Select(p =>
            {
                var key = p.Record is null ? default : (p.Record.PostId, p.Record.AccountId);
                return new ReportedPublication(
                    p.Sequence,
                    p.At,
                    p.Record,
                    p.Record is not null && revisions.TryGetValue(key, out var r) ? r : [],
                    p.Record is not null && tombstones.TryGetValue(key, out var t) ? t : null,
                    redacted.Contains(p.Sequence));
            })
            .ToList();
        return new ArchiveReport(selection, await store.LatestTreeHeadAsync(cancellationToken), selected, time.GetUtcNow());
    }

    private static bool InPeriod(DateTimeOffset at, ArchiveReportSelection selection)
    {
        var day = DutchTime.DateOf(at);
        return (selection.From is null || day >= selection.From) && (selection.To is null || day <= selection.To);
    }

    private static bool Matches(PublishedRecord? record, ArchiveReportSelection selection, OrganisationModel? organisation)
    {
        if (record is null)
        {
            return selection.AccountId is null && selection.SchoolId is null;
        }

        return (selection.AccountId is null || record.AccountId == selection.AccountId)
            && (selection.SchoolId is null || organisation?.FindAccount(record.AccountId)?.SchoolId == selection.SchoolId);
    }
}
