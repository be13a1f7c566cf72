using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.Notifications;

namespace Protocolwacht.Web.Features.Posts.Changes;

/// <summary>
/// A task for the administrators to take a published post down: a proposed deletion that runs through the
/// deletion flow (reason prefilled, a second person approves), proposed when a pupil may no longer be shown
/// (consent withdrawn) or no longer exists for us (erased). Staged in the caller's unit of work, so the task
/// exists exactly when the change that caused it commits.
/// </summary>
public sealed class TakedownTasks(ProtocolwachtDbContext db, Notifier notifier, IAuditLog audit)
{
    /// <summary>Proposes the takedown unless one is already open for the post; false when one was.</summary>
    public async Task<bool> ProposeAsync(TakedownRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var open = await db.PostChanges.AnyAsync(c => c.PostId == request.PostId && c.Kind == PostChangeKind.Deletion
            && (c.Status == PostChangeStatus.Proposed || c.Status == PostChangeStatus.AwaitingApproval || c.Status == PostChangeStatus.InProgress), cancellationToken);
        if (open)
        {
            return false;
        }

        var change = PostChange.ProposedTakedown(Guid.NewGuid(), request.PostId, request.Reason, request.Origin, request.StudentId, now);
        db.PostChanges.Add(change);
        await audit.RecordAsync(request.ActorId, AuditActions.TakedownProposed, $"bericht:{request.PostId:N}", $"wijziging {change.Id:N}, aanleiding: {request.Origin}", cancellationToken);
        await notifier.NotifyAdministratorsAsync(request.NoticeSubject, request.NoticeText, PostLinks.Page(request.PostId), cancellationToken);

        return true;
    }
}

/// <summary>
/// What a takedown task needs. <paramref name="StudentId"/> names the pupil whose images the archive loses
/// once the post is deleted; null when that already happened (an erasure redacts first).
/// </summary>
public sealed record TakedownRequest(string ActorId, Guid PostId, string Reason, string Origin, string? StudentId, string NoticeSubject, string NoticeText);
