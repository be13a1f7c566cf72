using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// Keeps two autosaves of one draft from running at once, until the surrounding transaction ends. PostgreSQL: a
/// transaction-scoped advisory lock on the draft's id (the two-number key space, apart from the single-number keys the
/// migrations and role changes use), which works for a draft that has no row yet. SQLite: its transactions already
/// run one writer at a time (an immediate transaction), so there is nothing to add.
/// </summary>
internal static class DraftSaveLock
{
    // The first number says "a draft being autosaved"; the second is taken from the draft's id. Two drafts sharing the
    // second number only wait for each other a moment.
    private const int DraftAutosaveLockClass = 0x5057_4153; // "PWAS"

    public static async Task TakeAsync(ProtocolwachtDbContext db, Guid draftId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var key = BitConverter.ToInt32(draftId.ToByteArray(), 0);
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({DraftAutosaveLockClass}, {key})", cancellationToken);
        }
    }
}
