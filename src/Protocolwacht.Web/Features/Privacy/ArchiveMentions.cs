using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// Finds the archive records whose (still present) content mentions a person: any string value in the
/// record's JSON containing one of the needles (a name, an id, the id of an attachment showing them).
/// Reads every content row once; an export or an erasure is rare, so a scan is worth not keeping an index of names.
/// </summary>
public static class ArchiveMentions
{
    public sealed record Mention(long Sequence, string Type, DateTimeOffset RecordedAt, string Content);

    public static async Task<IReadOnlyList<Mention>> FindAsync(ProtocolwachtDbContext db, IReadOnlyCollection<string> needles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<Mention> found = [];
        var rows = db.ArchiveContents.AsNoTracking()
            .Join(db.ArchiveRecords.AsNoTracking(), c => c.Sequence, r => r.Sequence, (c, r) => new { c.Sequence, r.Type, r.RecordedAt, c.Content })
            .OrderBy(x => x.Sequence).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            using var json = JsonDocument.Parse(row.Content);
            if (Mentions(json.RootElement, needles))
            {
                found.Add(new Mention(row.Sequence, row.Type, row.RecordedAt, Encoding.UTF8.GetString(row.Content)));
            }
        }

        return found;
    }

    private static bool Mentions(JsonElement element, IReadOnlyCollection<string> needles) => element.ValueKind switch
    {
        JsonValueKind.String => needles.Any(n => element.GetString()!.Contains(n, StringComparison.OrdinalIgnoreCase)),
        JsonValueKind.Object => element.EnumerateObject().Any(p => Mentions(p.Value, needles)),
        JsonValueKind.Array => element.EnumerateArray().Any(e => Mentions(e, needles)),
        _ => false,
    };
}
