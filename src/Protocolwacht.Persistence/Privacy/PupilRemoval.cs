using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// Removes one pupil's own rows: their consent history, their parent links, every parent no longer linked
/// to a child nor named as giver in another child's consent history, and the pupil. Runs inside the
/// caller's transaction (retention and erasure each commit once).
/// </summary>
public static class PupilRemoval
{
    /// <returns>The number of consent rows and parents removed.</returns>
    public static async Task<(int ConsentRows, int Parents)> RemoveAsync(ProtocolwachtDbContext db, string studentId, CancellationToken cancellationToken)
    {
        var parentIds = await db.ParentChildren.Where(p => p.StudentId == studentId).Select(p => p.ParentId).ToListAsync(cancellationToken);

        // Consent rows are never updated; removing a whole pupil's history is the one deletion retention and erasure make.
        var consentRows = await db.ConsentChanges.Where(c => c.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        await db.ParentChildren.Where(p => p.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        var parents = await db.Parents
            .Where(p => parentIds.Contains(p.Id)
                && !db.ParentChildren.Any(link => link.ParentId == p.Id)
                && !db.ConsentChanges.Any(c => c.GivenBy == p.Id))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Students.Where(s => s.Id == studentId).ExecuteDeleteAsync(cancellationToken);
        // Bulk deletes bypass the change tracker, so the organisation's version stamp is replaced here, in the same transaction.
        await Organisation.OrganisationVersion.BumpAsync(db, cancellationToken);
        return (consentRows, parents);
    }
}
