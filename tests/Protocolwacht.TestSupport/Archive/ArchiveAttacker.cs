using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;

namespace Protocolwacht.TestSupport.Archive;

/// <summary>
/// Does what someone with direct access to the database could do: switch the append-only triggers off
/// and change stored bytes with plain SQL, past the app and its interceptor. Tests use it to show that
/// verification still finds the change.
/// </summary>
public static class ArchiveAttacker
{
    public static async Task DisableTriggersAsync(ProtocolwachtDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            foreach (var table in AppendOnlyTriggers.Tables.Append("archive_contents").Append("audit_log"))
            {
                var sql = "ALTER TABLE " + table + " DISABLE TRIGGER USER"; // table names from code, not input
                await db.Database.ExecuteSqlRawAsync(sql);
            }

            return;
        }

        var names = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger'").ToListAsync();
        foreach (var name in names)
        {
            var sql = "DROP TRIGGER " + name; // names read from sqlite_master
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    /// <summary>Flips one bit of byte <paramref name="index"/> of record <paramref name="sequence"/>'s stored content.</summary>
    public static async Task FlipContentByteAsync(ProtocolwachtDbContext db, long sequence, int index)
    {
        ArgumentNullException.ThrowIfNull(db);
        var content = await db.ArchiveContents.AsNoTracking().Where(c => c.Sequence == sequence).Select(c => c.Content).SingleAsync();
        content[index] ^= 0x01;
        await db.Database.ExecuteSqlRawAsync("UPDATE archive_contents SET \"Content\" = {0} WHERE \"Sequence\" = {1}", content, sequence);
    }

    /// <summary>Rewrites content and its hash together, as a careful attacker would: only the signed root can tell.</summary>
    public static async Task ReplaceContentAndHashAsync(ProtocolwachtDbContext db, long sequence, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync("UPDATE archive_contents SET \"Content\" = {0} WHERE \"Sequence\" = {1}", content, sequence);
        await db.Database.ExecuteSqlRawAsync("UPDATE archive_records SET \"ContentHash\" = {0} WHERE \"Sequence\" = {1}",
            Protocolwacht.Domain.Archive.ArchiveRecord.HashContent(content), sequence);
    }
}
