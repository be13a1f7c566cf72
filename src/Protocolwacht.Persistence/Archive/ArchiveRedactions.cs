using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// Removes the content of a record (issue #10 item 3): a <c>redaction.v1</c> record with the reason and who
/// approved it, and the content row deleted, in one transaction. The removed record's leaf stays, so the
/// log verifies as before and the record is reported as redacted.
/// </summary>
public sealed class ArchiveRedactions(ProtocolwachtDbContext db, ArchiveLog log)
{
    /// <returns>The redaction record's sequence number, or a Dutch refusal.</returns>
    public async Task<RedactionResult> RedactAsync(long sequence, RedactionGround ground, string reason, string requestedBy, string approvedBy, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return RedactionResult.Refused("Geef een reden voor het verwijderen van de inhoud.");
        }

        if (ground == RedactionGround.Request && string.Equals(requestedBy, approvedBy, StringComparison.Ordinal))
        {
            return RedactionResult.Refused("Een tweede persoon moet het verwijderen goedkeuren, niet degene die erom vraagt.");
        }

        var record = await db.ArchiveRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Sequence == sequence, cancellationToken);
        if (record is null)
        {
            return RedactionResult.Refused($"Record {sequence} bestaat niet.");
        }

        if (record.Type == ArchiveRecordTypes.Redaction)
        {
            return RedactionResult.Refused($"Record {sequence} is zelf een redactie en blijft staan.");
        }

        var content = await db.ArchiveContents.SingleOrDefaultAsync(c => c.Sequence == sequence, cancellationToken);
        if (content is null)
        {
            return RedactionResult.Refused($"De inhoud van record {sequence} is al verwijderd.");
        }

        // The redaction record first: the database lets content go only once a record names it. Inside a
        // caller's transaction (an erasure redacts many records in its one transaction) the caller commits.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        log.Stage(ArchiveRecordTypes.Redaction, new RedactionRecord(sequence, ground, reason.Trim(), requestedBy, approvedBy), redacts: sequence);
        var given = await log.SaveChangesAsync(cancellationToken);
        db.ArchiveContents.Remove(content);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return RedactionResult.Done(given[0]);
    }
}

public sealed record RedactionResult(long? Sequence, string? Error)
{
    public bool Succeeded => Error is null;

    public static RedactionResult Done(long sequence) => new(sequence, null);

    public static RedactionResult Refused(string error) => new(null, error);
}
