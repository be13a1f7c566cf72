using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// Finds the archive records whose (still present) content mentions a person: a test over every string value
/// in the record's JSON (a name, an id, the id of an attachment showing them). Reads every content row once;
/// an export or an erasure is rare, so a scan is worth not keeping an index of names.
/// </summary>
public static class ArchiveMentions
{
    public sealed record Mention(long Sequence, string Type, DateTimeOffset RecordedAt, string Content);

    /// <summary>Records with a string value containing one of <paramref name="needles"/> (any case).</summary>
    public static Task<IReadOnlyList<Mention>> FindAsync(ProtocolwachtDbContext db, IReadOnlyCollection<string> needles, CancellationToken cancellationToken) =>
        FindAsync(db, strings => strings.Any(s => needles.Any(n => s.Contains(n, StringComparison.OrdinalIgnoreCase))), cancellationToken);

    /// <summary>Records for which <paramref name="mentions"/> holds, given all the string values of the record's content.</summary>
    public static async Task<IReadOnlyList<Mention>> FindAsync(ProtocolwachtDbContext db, Func<IReadOnlyList<string>, bool> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mentions);
        List<Mention> found = [];
        var rows = db.ArchiveContents.AsNoTracking()
            .Join(db.ArchiveRecords.AsNoTracking(), c => c.Sequence, r => r.Sequence, (c, r) => new { c.Sequence, r.Type, r.RecordedAt, c.Content })
            .OrderBy(x => x.Sequence).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            using var json = JsonDocument.Parse(row.Content);
            List<string> strings = [];
            Collect(json.RootElement, strings);
            if (mentions(strings))
            {
                found.Add(new Mention(row.Sequence, row.Type, row.RecordedAt, Encoding.UTF8.GetString(row.Content)));
            }
        }

        return found;
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
        }
    }
}
