using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// Claims due deliveries for one publisher instance by setting a lease (owner + expiry). A row is
/// claimable when due, in a status that needs work, and not leased (or its lease expired: the
/// instance that held it died). PostgreSQL: one UPDATE over a <c>FOR UPDATE SKIP LOCKED</c> selection,
/// so concurrent publishers pass each other's rows without waiting. SQLite (one writer at a time):
/// a conditional UPDATE per candidate that succeeds for exactly one instance.
/// </summary>
public static class DeliveryClaimer
{
    private static readonly DeliveryStatus[] Claimable =
        [DeliveryStatus.Pending, DeliveryStatus.Retrying, DeliveryStatus.Unknown, DeliveryStatus.Attempting];

    public static async Task<IReadOnlyList<Guid>> ClaimAsync(ProtocolwachtDbContext db, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQuery<Guid>($"""
                UPDATE deliveries SET "LeaseOwner" = {owner}, "LeaseExpiresAt" = {leaseUntil}
                WHERE "Id" IN (
                    SELECT "Id" FROM deliveries
                    WHERE "Status" IN ('Pending', 'Retrying', 'Unknown', 'Attempting') AND "DueAt" <= {now}
                      AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {now})
                    ORDER BY "DueAt"
                    LIMIT {max}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(cancellationToken);
        }

        var candidates = await db.Deliveries.AsNoTracking()
            .Where(d => Claimable.Contains(d.Status) && d.DueAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .OrderBy(d => d.DueAt).Select(d => d.Id).Take(max).ToListAsync(cancellationToken);
        var claimed = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            var rows = await db.Deliveries
                .Where(d => d.Id == id && Claimable.Contains(d.Status) && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, owner).SetProperty(d => d.LeaseExpiresAt, leaseUntil), cancellationToken);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }
}
