using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
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
    /// <summary>The states a delivery waits in until the publisher handles it.</summary>
    internal static readonly DeliveryStatus[] Claimable =
        [DeliveryStatus.Pending, DeliveryStatus.Retrying, DeliveryStatus.Unknown, DeliveryStatus.Attempting];

    public static async Task<IReadOnlyList<Guid>> ClaimAsync(ProtocolwachtDbContext db, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQueryRaw<Guid>(PostgresClaimSql(db), owner, leaseUntil, now, max).ToListAsync(cancellationToken);
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

    /// <summary>
    /// The PostgreSQL claim, with the table, column names and status values taken from the EF model, so
    /// renaming a property, a table or a <see cref="DeliveryStatus"/> member cannot leave it behind.
    /// Parameters: {0} owner, {1} lease expiry, {2} now, {3} batch size.
    /// </summary>
    internal static string PostgresClaimSql(ProtocolwachtDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Delivery)) ?? throw new InvalidOperationException("Delivery is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) =>
            sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var status = entity.FindProperty(nameof(Delivery.Status))!.GetRelationalTypeMapping();
        var claimable = string.Join(", ", Claimable.Select(s => status.GenerateSqlLiteral(s)));
        var (id, dueAt, leaseOwner, leaseExpiresAt) = (Column(nameof(Delivery.Id)), Column(nameof(Delivery.DueAt)), Column(nameof(Delivery.LeaseOwner)), Column(nameof(Delivery.LeaseExpiresAt)));
        var from = sql.DelimitIdentifier(table.Name, table.Schema);
        return $$"""
            UPDATE {{from}} SET {{leaseOwner}} = {0}, {{leaseExpiresAt}} = {1}
            WHERE {{id}} IN (
                SELECT {{id}} FROM {{from}}
                WHERE {{Column(nameof(Delivery.Status))}} IN ({{claimable}}) AND {{dueAt}} <= {2}
                  AND ({{leaseExpiresAt}} IS NULL OR {{leaseExpiresAt}} < {2})
                ORDER BY {{dueAt}}
                LIMIT {3}
                FOR UPDATE SKIP LOCKED)
            RETURNING {{id}} AS "Value"
            """;
    }
}
