using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts.Changes;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>
/// Consent honoured after confirmation and after publication (issue #11 item 3). When a change makes a
/// pupil's photo or name consent "nee" (or withdraws it): every post still waiting to go out that shows or
/// names the pupil is marked as held and its author and the school's director are told (the publisher holds
/// it when it is due, <see cref="ConsentHold"/>); every published post that shows or names the pupil gets a
/// takedown task for the administrators, which runs through the deletion flow (reason prefilled, a second
/// person approves) and then redacts the archive's copy and the pupil's images.
/// The register's change commits first (its own use case); the follow-up commits after it in one unit of work,
/// and the check at delivery is the guarantee when the follow-up did not run.
/// </summary>
public sealed class ConsentFollowUp(
    ConsentRegister register,
    ProtocolwachtDbContext db,
    CheckerSnapshot checkers,
    ConsentNotices notices,
    TakedownTasks takedowns,
    TimeProvider time)
{
    public const string Origin = "toestemming";

    public async Task<ConsentChangeCheck> RecordAsync(StaffMember editor, ConsentChangeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await register.RecordAsync(editor, request, cancellationToken);
        var refusal = request.Withdraw || request.Value == ConsentValue.No;
        if (result.Allowed && refusal && request.PurposeCode is ConsentPurpose.PhotoOnSocialMedia or ConsentPurpose.NameOnSocialMedia)
        {
            await FollowUpOnceAsync(editor.Id, request.StudentId, cancellationToken);
        }

        return result;
    }

    // Two people withdrawing the same pupil's consent at the same moment both find no open takedown task for a post and
    // both propose one; the database lets one in (one proposed task per post) and refuses the other's save whole. The
    // consent change itself is already stored (its own unit of work), so "someone else was first, nothing was stored"
    // would not be true here: the follow-up runs again instead, now sees the first task, and ends as if the two saves had
    // come one after the other (its holds and notices stored, no second task). The same when an erasure of the pupil
    // withdrew a queued post's delivery between this follow-up reading it and holding it (the row is gone, the save
    // refused as a concurrency conflict): run again, the pupil is gone and so is what there was to hold.
    private async Task FollowUpOnceAsync(string editorId, string studentId, CancellationToken cancellationToken)
    {
        try
        {
            await FollowUpAsync(editorId, studentId, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            await FollowUpAsync(editorId, studentId, cancellationToken);
        }
    }

    private async Task FollowUpAsync(string editorId, string studentId, CancellationToken cancellationToken)
    {
        var checker = await checkers.FreshAsync(cancellationToken);
        if (checker.Organisation.FindStudent(studentId) is not { } student)
        {
            return;
        }

        var posts = await db.Posts.Where(p => p.State == PostState.Queued || p.State == PostState.Published).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var post in posts)
        {
            var refused = ConsentRefusals.Find(checker, post.Text, post.Attachments).Where(r => r.Student.Id == student.Id).ToList();
            if (refused.Count == 0)
            {
                continue;
            }

            if (post.State == PostState.Queued)
            {
                await HoldAsync(post, refused, checker.Organisation, now, cancellationToken);
            }
            else
            {
                await ProposeTakedownAsync(editorId, post, refused[0], now, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task HoldAsync(Post post, IReadOnlyList<ConsentRefusal> refused, OrganisationModel organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await db.Deliveries.Where(d => d.PostId == post.Id && d.Kind == DeliveryKind.Publish
            && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Retrying)).ToListAsync(cancellationToken);
        foreach (var delivery in waiting)
        {
            delivery.NoteHold(DeliveryProcessor.Held(ConsentRefusals.Reason(refused)), now);
        }

        if (waiting.Count > 0)
        {
            await notices.HeldAsync(post.AuthorId, refused, post.Id, organisation, cancellationToken);
        }
    }

    private async Task ProposeTakedownAsync(string editorId, Post post, ConsentRefusal refusal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await takedowns.ProposeAsync(new TakedownRequest(
            editorId,
            post.Id,
            TakedownReasons.For(refusal.Shown),
            Origin,
            refusal.Student.Id,
            "Verwijdertaak: toestemming ingetrokken",
            "Een gepubliceerd bericht toont of noemt een leerling van wie de toestemming is ingetrokken. Vraag het verwijderen aan; een tweede persoon keurt het goed."), now, cancellationToken);
    }
}
