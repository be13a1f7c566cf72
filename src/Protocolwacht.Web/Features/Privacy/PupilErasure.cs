using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Privacy;
using Protocolwacht.Web.Features.Posts.Changes;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// The right to erasure for one pupil (AVG art. 17). In this order, so a failure half-way can simply be
/// run again: first every archive record that mentions the pupil (name, or an attachment showing them) loses
/// its content through a <c>redaction.v1</c> record (one transaction each, the log stays verifiable); then,
/// in one transaction, posts that show or name them lose them (a queued post is held: its outbox rows are
/// withdrawn), the stored images of them are deleted, their name leaves the stored copies of deliveries and
/// the sandbox timeline, and the pupil goes with their parent links and consent history (<see cref="PupilRemoval"/>).
/// A post already published on a platform cannot be erased from here: it gets a takedown task in the same
/// transaction, which the administrators run through the deletion flow (a second person approves).
/// </summary>
public sealed class PupilErasure(ProtocolwachtDbContext db, IServiceScopeFactory scopes, TakedownTasks takedowns, IAuditLog audit, TimeProvider time)
{
    public const string Origin = "wissing";

    public async Task<ErasureOutcome?> EraseAsync(string studentId, string actorId, string reason, CancellationToken cancellationToken)
    {
        var pupil = await db.Students.AsNoTracking().SingleOrDefaultAsync(s => s.Id == studentId, cancellationToken);
        if (pupil is null)
        {
            return null;
        }

        var posts = (await db.Posts.ToListAsync(cancellationToken)).Where(p => p.Concerns(studentId, pupil.Name)).ToList();
        var blobs = posts.SelectMany(p => p.Attachments).Where(a => a.DepictedStudentIds.Contains(studentId)).Select(a => a.BlobId).Distinct().ToList();
        var redacted = await RedactArchiveAsync([pupil.Name, .. blobs.Select(b => b.ToString())], actorId, cancellationToken);

        var now = time.GetUtcNow();
        var stillUnderWay = 0;
        var takedownsProposed = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var post in posts)
        {
            var deliveries = await db.Deliveries.Where(d => d.PostId == post.Id).ToListAsync(cancellationToken);
            if (post.State == PostState.Queued)
            {
                // Held: what nobody has picked up is withdrawn; a row already under way is counted for the report.
                var withdrawn = deliveries.Where(d => d.TryCancel(now)).ToList();
                stillUnderWay += deliveries.Count - withdrawn.Count;
                db.Deliveries.RemoveRange(withdrawn);
            }

            foreach (var delivery in deliveries.Where(d => d.Status != DeliveryStatus.Cancelled))
            {
                delivery.EraseName(pupil.Name, Post.ErasedName, now);
            }

            post.RemoveErasedPupil(studentId, pupil.Name, time);
            if (post.State == PostState.Published)
            {
                takedownsProposed += await ProposeTakedownAsync(actorId, post.Id, now, cancellationToken) ? 1 : 0;
            }
        }

        await db.StoredAttachments.Where(a => blobs.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var sandbox in await db.SandboxPublications.ToListAsync(cancellationToken))
        {
            sandbox.Text = sandbox.Text.Replace(pupil.Name, Post.ErasedName, StringComparison.OrdinalIgnoreCase);
        }

        await db.SaveChangesAsync(cancellationToken);
        var (consentRows, parents) = await PupilRemoval.RemoveAsync(db, studentId, cancellationToken);
        var outcome = new ErasureOutcome(posts.Count, blobs.Count, redacted, consentRows, parents, stillUnderWay, takedownsProposed);
        await audit.RecordAsync(actorId, AuditActions.PupilErased, $"leerling:{studentId}", outcome.Details(reason.Replace(pupil.Name, Post.ErasedName, StringComparison.OrdinalIgnoreCase)), cancellationToken);
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

    private async Task<int> RedactArchiveAsync(IReadOnlyCollection<string> needles, string actorId, CancellationToken cancellationToken)
    {
        var mentions = await ArchiveMentions.FindAsync(db, needles, cancellationToken);
        var redacted = 0;
        foreach (var mention in mentions.Where(m => m.Type != ArchiveRecordTypes.Redaction))
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ArchiveRedactions>().RedactAsync(
                mention.Sequence, RedactionGround.Request, "Recht op vergetelheid (AVG art. 17): een leerling is gewist.",
                actorId, PostTransition.SystemActor, cancellationToken);
            redacted += result.Succeeded ? 1 : 0;
        }

        return redacted;
    }
}

/// <summary>What an erasure did, in counts (the audit log gets these, never the name).</summary>
public sealed record ErasureOutcome(int Posts, int Images, int ArchiveRecords, int ConsentRows, int Parents, int DeliveriesUnderWay, int Takedowns)
{
    public string Details(string reason) =>
        $"Reden: {reason.Trim().TrimEnd('.')}. {Posts} berichten, {Images} afbeeldingen, {ArchiveRecords} archiefrecords, {ConsentRows} toestemmingsregels, {Parents} ouders, {Takedowns} verwijdertaken.";
}
