using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Audit;

/// <summary>What an administrator looks for in the audit log; every part is optional. <see cref="To"/> is exclusive.</summary>
public sealed record AuditFilter(string? Actor, string? Action, DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = 50);

/// <summary>One page of entries, newest first, and how many entries match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryEntity> Entries, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Reads the audit log for the administrator's page.</summary>
public static class AuditSearch
{
    public static async Task<AuditPage> FindAsync(ProtocolwachtDbContext db, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim().ToLowerInvariant();
            query = query.Where(e => e.Actor.ToLower().Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        var pageSize = Math.Clamp(filter.PageSize, 1, 500);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var entries = await query.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditPage(entries, total, page, pageSize);
    }
}
