using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Audit;

namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>
/// The one use case "import a pupil export", behind <c>/organisation/pupils/import</c> and
/// <c>protocolwacht org pupils</c>: <see cref="PreviewAsync"/> says what would change and changes nothing;
/// <see cref="ApplyAsync"/> applies exactly that preview in one transaction, or nothing when the file has a
/// problem or the register changed since the preview. Kept: every consent record (an import never reads or
/// writes the consent register), pupils who left (marked with the day they left, removed by retention later),
/// and parents who gave or refused a consent, also after their last child's link is gone.
/// </summary>
public sealed class PupilImporter(ProtocolwachtDbContext db, TimeProvider time, IAuditLog audit)
{
    public async Task<PupilImportPreview> PreviewAsync(PupilFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var state = await PupilImportState.LoadAsync(db, cancellationToken);
        var preview = PupilImportPlan.Build(file, state, time.GetUtcNow()).Preview;
        db.ChangeTracker.Clear();
        return preview;
    }

    /// <param name="actor">The staff id of who applies (or an <see cref="AuditActors"/> value), for the audit log.</param>
    /// <param name="expectedFingerprint">The preview's fingerprint the person saw; null applies whatever the file gives now (the CLI's <c>--apply</c> without a preview).</param>
    public async Task<PupilImportOutcome> ApplyAsync(PupilFile file, string actor, string? expectedFingerprint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var state = await PupilImportState.LoadAsync(db, cancellationToken);
        var plan = PupilImportPlan.Build(file, state, time.GetUtcNow());
        if (!plan.Preview.CanApply || (expectedFingerprint is not null && expectedFingerprint != plan.Preview.Fingerprint))
        {
            db.ChangeTracker.Clear();
            return new PupilImportOutcome(false, plan.Preview);
        }

        plan.Apply();
        await db.SaveChangesAsync(cancellationToken);
        await RemoveParentsWithoutChildrenAsync(cancellationToken);
        // Counts and schools only: the audit log holds no pupil's name.
        await audit.RecordAsync(actor, AuditActions.PupilsImported, $"leerlingbestand:{plan.Preview.Fingerprint}",
            $"{string.Join(", ", plan.Preview.Schools)}: {plan.Preview}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new PupilImportOutcome(true, plan.Preview);
    }

    /// <summary>A parent linked to no child any more goes, unless the consent history names them as giver (it must keep saying who).</summary>
    private async Task RemoveParentsWithoutChildrenAsync(CancellationToken cancellationToken)
    {
        var orphans = await db.Parents
            .Where(p => !db.ParentChildren.Any(l => l.ParentId == p.Id) && !db.ConsentChanges.Any(c => c.GivenBy == p.Id))
            .ToListAsync(cancellationToken);
        if (orphans.Count > 0)
        {
            db.Parents.RemoveRange(orphans);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
