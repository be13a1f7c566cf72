using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence.Audit;

namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// Removes what has outlived its retention period (<see cref="RetentionOptions"/>), nothing before: each
/// kind in a transaction of its own, each removal recorded in the audit log (<c>retention.removed</c>,
/// ids and counts only) and, for the audit log itself, by a cut (<see cref="AuditLogCutEntity"/>). The
/// contents of archive records have their own job (the archive's redaction, so the log stays verifiable).
/// </summary>
public sealed class RetentionSweeper(ProtocolwachtDbContext db, IAuditLog audit, TimeProvider time)
{
    private static readonly string[] SignInActions = [AuditActions.SignedIn, AuditActions.SignInFailed];

    public async Task<RetentionReport> RunAsync(RetentionOptions options, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow();
        List<RetentionLine> lines =
        [
            new("attachments", "Bijlagen met leerlingen", await AttachmentsAsync(options.AttachmentsWithPupils, now, dryRun, cancellationToken)),
            new("pupils", "Vertrokken leerlingen met hun toestemmingsgeschiedenis", await PupilsWhoLeftAsync(options.ConsentHistoryAfterLeaving, now, dryRun, cancellationToken)),
            new("incidents", "Afgesloten incidenten", await IncidentsAsync(options.ClosedIncidents, now, dryRun, cancellationToken)),
            new("audit", "Regels in het auditlog", await AuditAsync(AuditLogCutKinds.Other, options.AuditLog, now, dryRun, cancellationToken)),
            new("sign-ins", "Aanmeldgegevens", await AuditAsync(AuditLogCutKinds.SignIns, options.SignInRecords, now, dryRun, cancellationToken)),
        ];
        return new RetentionReport(dryRun, lines);
    }

    private async Task<int> AttachmentsAsync(TimeSpan period, DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        if (RetentionOptions.Active(period) is not { } active)
        {
            return 0;
        }

        var endedBefore = now - active;
        var posts = await db.Posts.AsNoTracking().Select(p => new { p.UpdatedAt, p.Attachments }).ToListAsync(cancellationToken);
        var withPupils = posts.SelectMany(p => p.Attachments.Select(a => (p.UpdatedAt, a)))
            .Where(x => x.a.DepictedStudentIds.Count > 0 || x.a.UnidentifiedPeople > 0).ToList();

        // A blob still used by a post changed within the period is not due, whatever older post also holds it.
        var stillUsed = withPupils.Where(x => x.UpdatedAt > endedBefore).Select(x => x.a.BlobId).ToHashSet();
        var candidates = withPupils.Where(x => x.UpdatedAt <= endedBefore && !stillUsed.Contains(x.a.BlobId)).Select(x => x.a.BlobId).Distinct().ToList();
        var due = await db.StoredAttachments.Where(a => candidates.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        if (dryRun || due.Count == 0)
        {
            return due.Count;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.StoredAttachments.Where(a => due.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in due)
        {
            await audit.RecordAsync(AuditActors.System, AuditActions.RetentionRemoved, $"bijlage:{id}", $"Bewaartermijn bijlagen met leerlingen ({Days(active)} dagen) verstreken.", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task<int> PupilsWhoLeftAsync(TimeSpan period, DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        if (RetentionOptions.Active(period) is not { } active)
        {
            return 0;
        }

        // Whole days in Amsterdam: a pupil who left on day D goes on D + period, not a moment earlier.
        var leftOnOrBefore = DutchTime.DateOf(now).AddDays(-(int)Math.Ceiling(active.TotalDays));
        var due = await db.Students.Where(s => s.LeftOn != null && s.LeftOn <= leftOnOrBefore).Select(s => s.Id).ToListAsync(cancellationToken);
        if (dryRun || due.Count == 0)
        {
            return due.Count;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var id in due)
        {
            var (consentRows, parents) = await PupilRemoval.RemoveAsync(db, id, cancellationToken);
            await audit.RecordAsync(AuditActors.System, AuditActions.RetentionRemoved, $"leerling:{id}",
                $"Bewaartermijn na vertrek ({Days(active)} dagen) verstreken: leerling, {consentRows} toestemmingsregels en {parents} ouders verwijderd.", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task<int> IncidentsAsync(TimeSpan period, DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        if (RetentionOptions.Active(period) is not { } active)
        {
            return 0;
        }

        var closedBefore = now - active;
        var due = await db.Incidents.Where(i => i.ClosedAt != null && i.ClosedAt <= closedBefore).Select(i => i.Id).ToListAsync(cancellationToken);
        if (dryRun || due.Count == 0)
        {
            return due.Count;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.IncidentViews.Where(v => due.Contains(v.IncidentId)).ExecuteDeleteAsync(cancellationToken);
        await db.Incidents.Where(i => due.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in due)
        {
            await audit.RecordAsync(AuditActors.System, AuditActions.RetentionRemoved, $"incident:{id}", $"Bewaartermijn afgesloten incidenten ({Days(active)} dagen) verstreken.", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task<int> AuditAsync(string kind, TimeSpan period, DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        if (RetentionOptions.Active(period) is not { } active)
        {
            return 0;
        }

        var before = now - active;
        var signIns = kind == AuditLogCutKinds.SignIns;
        var due = db.AuditEntries.Where(e => e.At < before && SignInActions.Contains(e.Action) == signIns);
        var count = await due.CountAsync(cancellationToken);
        if (dryRun || count == 0)
        {
            return count;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var upTo = await due.MaxAsync(e => e.Id, cancellationToken);

        // The cut first: the database lets an audit entry go only once a cut covers it.
        db.AuditLogCuts.Add(new AuditLogCutEntity { At = now, Kind = kind, UpToId = upTo, Before = before, Removed = count });
        await db.SaveChangesAsync(cancellationToken);
        var removed = await due.Where(e => e.Id <= upTo).ExecuteDeleteAsync(cancellationToken);
        await audit.RecordAsync(AuditActors.System, AuditActions.RetentionRemoved, signIns ? "auditlog:aanmeldingen" : "auditlog:overig",
            $"Bewaartermijn ({Days(active)} dagen) verstreken: {removed} regels van voor {DutchTime.Format(before)} verwijderd.", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    private static string Days(TimeSpan period) => period.TotalDays.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
