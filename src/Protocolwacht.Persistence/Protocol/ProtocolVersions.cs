using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.Persistence.Audit;

namespace Protocolwacht.Persistence.Protocol;

/// <summary>
/// The published versions of the protocol. Publishing inserts version N+1; nothing here updates or deletes
/// a version, so what staff acknowledged stays readable exactly as they saw it.
/// </summary>
public sealed class ProtocolVersions(ProtocolwachtDbContext db, TimeProvider time, IAuditLog audit)
{
    public async Task<PublishedProtocol?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var row = await db.ProtocolVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToDomain(row);
    }

    public async Task<PublishedProtocol?> FindAsync(int number, CancellationToken cancellationToken = default)
    {
        var row = await db.ProtocolVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, cancellationToken);
        return row is null ? null : ToDomain(row);
    }

    /// <summary>All versions, newest first, without their documents.</summary>
    public async Task<List<ProtocolVersionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.ProtocolVersions.AsNoTracking()
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Title, v.ChangeNote, v.PublishedBy, v.PublishedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(v => new ProtocolVersionSummary(v.Number, v.Title, v.ChangeNote, v.PublishedBy, v.PublishedAt))];
    }

    /// <summary>
    /// Publishes <paramref name="document"/> as the next version. Two administrators publishing at once
    /// both try the same number; the primary key lets one win and the other gets a concurrency error.
    /// </summary>
    public async Task<PublishedProtocol> PublishAsync(ProtocolDocument document, string? changeNote, string publishedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var last = await db.ProtocolVersions.MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var row = new ProtocolVersionEntity
        {
            Number = last + 1,
            Title = document.Title,
            Document = ProtocolDocumentJson.Write(document),
            ChangeNote = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim(),
            PublishedBy = publishedBy,
            PublishedAt = time.GetUtcNow(),
        };
        db.ProtocolVersions.Add(row);
        await audit.RecordAsync(publishedBy, AuditActions.ProtocolVersionPublished, $"protocol:{row.Number}", null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ToDomain(row);
    }

    private static PublishedProtocol ToDomain(ProtocolVersionEntity row)
    {
        var parsed = ProtocolDocumentJson.Parse(row.Document);
        var document = parsed.Document ?? throw new InvalidOperationException($"Stored protocol version {row.Number} is invalid: {string.Join("; ", parsed.Errors)}");
        return new PublishedProtocol(row.Number, document, row.ChangeNote, row.PublishedBy, row.PublishedAt);
    }
}

/// <summary>A version without its text, for lists.</summary>
public sealed record ProtocolVersionSummary(int Number, string Title, string? ChangeNote, string PublishedBy, DateTimeOffset PublishedAt);
