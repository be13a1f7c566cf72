using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Privacy;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Privacy;
using Protocolwacht.Persistence.Search;
using Protocolwacht.Web.Features.Posts.Changes;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// The right to erasure for one pupil (AVG art. 17), in one transaction: every archive record that mentions the
/// pupil (name, or an attachment showing them) loses its content through a <c>redaction.v1</c> record (the log
/// stays verifiable); posts that show or name them lose them (a queued post is held: its outbox rows are
/// withdrawn); the stored images of them are deleted; their name leaves every other free text
/// (<see cref="ErasedNameSweep"/>: advice steps with a redaction record, stored copies, change requests, notices,
/// mails, reactions, incidents); and the pupil goes with their parent links and consent history
/// (<see cref="PupilRemoval"/>). What counts as their name: <see cref="PupilNameMatcher"/>.
/// A post already published on a platform cannot be erased from here: it gets a takedown task in the same
/// transaction, which the administrators run through the deletion flow (a second person approves).
/// </summary>
public sealed class PupilErasure(ProtocolwachtDbContext db, ArchiveRedactions redactions, ErasedNameSweep sweep, TakedownTasks takedowns, IAuditLog audit, TimeProvider time)
{
    public const string Origin = "wissing";

    // A consent withdrawal for the same pupil can propose a takedown of the same post at the same moment: both find no
    // open task, the database lets one in (one proposed task per post) and refuses the other's save. When the erasure is
    // the one refused, its transaction has rolled back whole; it runs again, now finds the withdrawal's task and uses it,
    // and ends as if the two had come one after the other. Likewise when a row it changes was changed under it (a
    // publisher took a queued delivery's lease, the post moved on): the rerun sees the row as it is now.
    public async Task<ErasureOutcome?> EraseAsync(string studentId, string actorId, string reason, CancellationToken cancellationToken)
    {
        try
        {
            return await EraseOnceAsync(studentId, actorId, reason, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return await EraseOnceAsync(studentId, actorId, reason, cancellationToken);
        }
    }

    private async Task<ErasureOutcome?> EraseOnceAsync(string studentId, string actorId, string reason, CancellationToken cancellationToken)
    {
        var pupil = await db.Students.AsNoTracking().SingleOrDefaultAsync(s => s.Id == studentId, cancellationToken);
        if (pupil is null)
        {
            return null;
        }

        var name = new PupilNameMatcher(pupil.Name);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var all = await db.Posts.ToListAsync(cancellationToken);
        var tied = all.Where(p => p.IsTiedTo(studentId, name)).Select(p => p.Id).ToHashSet();
        var posts = all.Where(p => p.Concerns(studentId, name)).ToList();
        tied.UnionWith(posts.Select(p => p.Id));
        var steps = ErasedNameSweep.Steps(name, all, tied);
        var blobs = posts.SelectMany(p => p.Attachments).Where(a => a.DepictedStudentIds.Contains(studentId)).Select(a => a.BlobId).Distinct().ToList();
        var redacted = await RedactArchiveAsync(name, tied, blobs, actorId, cancellationToken);

        var now = time.GetUtcNow();
        var stillUnderWay = 0;
        var onPlatform = 0;
        foreach (var post in posts)
        {
            if (post.State == PostState.Queued)
            {
                // Held: what nobody has picked up is withdrawn; a row already under way is counted for the report.
                var deliveries = await db.Deliveries.Where(d => d.PostId == post.Id).ToListAsync(cancellationToken);
                var withdrawn = deliveries.Where(d => d.TryCancel(now)).ToList();
                stillUnderWay += deliveries.Count - withdrawn.Count;
                db.Deliveries.RemoveRange(withdrawn);
            }

            post.RemoveErasedPupil(studentId, name, time);
            if (post.State == PostState.Published)
            {
                // A takedown task already open for the post (a consent withdrawal's) serves the erasure too.
                await ProposeTakedownAsync(actorId, post.Id, now, cancellationToken);
                onPlatform++;
            }
        }

        await db.StoredAttachments.Where(a => blobs.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var texts = await sweep.SweepAsync(name, tied, steps, actorId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await SearchIndexCompaction.CompactAsync(db, cancellationToken);
        var (consentRows, parents) = await PupilRemoval.RemoveAsync(db, studentId, cancellationToken);
        var outcome = new ErasureOutcome(posts.Count, blobs.Count, redacted, texts, consentRows, parents, stillUnderWay, onPlatform);
        await audit.RecordAsync(actorId, AuditActions.PupilErased, $"leerling:{studentId}", outcome.Details(name.Redact(reason, tied: true)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    // No pupil id on the task: the pupil is gone, and the archive and images were handled above.
    private Task<bool> ProposeTakedownAsync(string actorId, Guid postId, DateTimeOffset now, CancellationToken cancellationToken) =>
        takedowns.ProposeAsync(new TakedownRequest(
            actorId,
            postId,
            "Een leerling die dit bericht toonde of noemde, is gewist (recht op vergetelheid, AVG art. 17); het bericht moet ook van het platform.",
            Origin,
            StudentId: null,
            "Verwijdertaak: leerling gewist",
            "Een gepubliceerd bericht toonde of noemde een leerling die op verzoek is gewist. Vraag het verwijderen van het platform aan; een tweede persoon keurt het goed."), now, cancellationToken);

    // A record is about the pupil when it holds an image of them or their full name, or their first name
    // while it belongs to a post tied to them (its id is in the record).
    private async Task<int> RedactArchiveAsync(PupilNameMatcher name, IReadOnlySet<Guid> tiedPosts, IReadOnlyList<Guid> blobs, string actorId, CancellationToken cancellationToken)
    {
        var ids = tiedPosts.Concat(blobs).Select(id => id.ToString()).ToList();
        var images = blobs.Select(id => id.ToString()).ToList();
        var mentions = await ArchiveMentions.FindAsync(db, strings =>
        {
            var tied = strings.Any(s => ids.Any(id => s.Contains(id, StringComparison.OrdinalIgnoreCase)));
            return strings.Any(s => images.Any(id => s.Contains(id, StringComparison.OrdinalIgnoreCase)) || name.IsMentionedIn(s, tied));
        }, cancellationToken);
        var redacted = 0;
        foreach (var mention in mentions.Where(m => m.Type != ArchiveRecordTypes.Redaction))
        {
            var result = await redactions.RedactAsync(
                mention.Sequence, RedactionGround.Request, "Recht op vergetelheid (AVG art. 17): een leerling is gewist.",
                actorId, PostTransition.SystemActor, cancellationToken);
            redacted += result.Succeeded ? 1 : 0;
        }

        return redacted;
    }
}

/// <summary>What an erasure did, in counts (the audit log gets these, never the name).</summary>
public sealed record ErasureOutcome(int Posts, int Images, int ArchiveRecords, int Texts, int ConsentRows, int Parents, int DeliveriesUnderWay, int Takedowns)
{
    public string Details(string reason) =>
        $"Reden: {reason.Trim().TrimEnd('.')}. {Posts} berichten, {Images} afbeeldingen, {ArchiveRecords} archiefrecords, {Texts} andere teksten, {ConsentRows} toestemmingsregels, {Parents} ouders, {Takedowns} verwijdertaken.";
}
