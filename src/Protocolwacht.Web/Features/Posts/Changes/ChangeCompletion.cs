using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Web.Features.Posts.Changes;

/// <summary>
/// Marks a change done once every account has it: a deletion moves the post to "verwijderd van het platform".
/// A takedown after a withdrawn consent then also redacts the post's records in the archive and removes the
/// images of the pupil (issue #11 item 3), each redaction a record with the reason and the two people.
/// Called after each outcome is committed, like <see cref="PublicationCompletion"/>; the post's version guards against doing it twice.
/// </summary>
public sealed class ChangeCompletion(ProtocolwachtDbContext db, ArchiveRedactions redactions, TimeProvider time)
{
    public async Task RecordIfCompleteAsync(Guid changeId, CancellationToken cancellationToken)
    {
        if (await db.Deliveries.AnyAsync(d => d.ChangeId == changeId && d.Status != DeliveryStatus.Published, cancellationToken))
        {
            return;
        }

        var change = await db.PostChanges.SingleOrDefaultAsync(c => c.Id == changeId, cancellationToken);
        var post = change is null ? null : await db.Posts.SingleOrDefaultAsync(p => p.Id == change.PostId, cancellationToken);
        if (change is null || post is null || change.Status != PostChangeStatus.InProgress)
        {
            return;
        }

        change.Complete(time.GetUtcNow());
        var removed = change.Kind == PostChangeKind.Deletion && post.RecordRemoved(time);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || UniqueViolation.Is(ex))
        {
            // Another instance completed it first, or a person's step on the post appended the same next transition.
            db.ChangeTracker.Clear();
            return;
        }

        if (removed && change.StudentId is not null)
        {
            await RedactAsync(post, change, cancellationToken);
        }
    }

    /// <summary>The archive's copies of the post (its publication and revision records) and the stored images of the pupil.</summary>
    private async Task RedactAsync(Post post, PostChange change, CancellationToken cancellationToken)
    {
        var candidates = await db.ArchiveRecords.AsNoTracking()
            .Where(r => (r.Type == ArchiveRecordTypes.Published || r.Type == ArchiveRecordTypes.Revision) && r.RecordedAt >= ArchiveRecord.Timestamp(post.CreatedAt))
            .Join(db.ArchiveContents, r => r.Sequence, c => c.Sequence, (r, c) => new { r.Sequence, c.Content })
            .ToListAsync(cancellationToken);
        var key = $"\"postId\":\"{post.Id}\"";
        foreach (var record in candidates.Where(c => System.Text.Encoding.UTF8.GetString(c.Content).Contains(key, StringComparison.Ordinal)))
        {
            await redactions.RedactAsync(record.Sequence, RedactionGround.Request, change.Reason, change.RequestedBy ?? PostTransition.SystemActor, change.DecidedBy ?? PostTransition.SystemActor, cancellationToken);
        }

        var images = post.Attachments.Where(a => a.DepictedStudentIds.Contains(change.StudentId!)).Select(a => a.BlobId).ToList();
        await db.StoredAttachments.Where(a => images.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
