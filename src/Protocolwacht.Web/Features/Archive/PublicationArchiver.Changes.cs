using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Features.Archive;

// The records of changes to a published post (issue #10 item 4): a revision.v1 for an edit or a correction
// reply, a tombstone.v1 for a deletion, staged in the unit of work that marks the change's outbox row done.
public sealed partial class PublicationArchiver
{
    private async Task StageChangeAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var change = await db.PostChanges.AsNoTracking().SingleAsync(c => c.Id == delivery.ChangeId, cancellationToken);
        var published = delivery.PublishedAt ?? delivery.UpdatedAt;
        if (change.Kind == PostChangeKind.Deletion)
        {
            log.Stage(ArchiveRecordTypes.Tombstone, new TombstoneRecord(
                change.PostId,
                change.Id,
                delivery.Id,
                delivery.AccountId,
                delivery.Channel,
                delivery.TargetPlatformPostId,
                change.Reason,
                change.RequestedBy ?? PostTransition.SystemActor,
                change.DecidedBy ?? PostTransition.SystemActor,
                change.RequestedAt ?? change.CreatedAt,
                change.DecidedAt ?? change.CreatedAt,
                published,
                AlreadyGone: delivery.PlatformPostId is null));
            return;
        }

        var post = await db.Posts.AsNoTracking().SingleAsync(p => p.Id == delivery.PostId, cancellationToken);
        var checker = await checkers.CurrentAsync(cancellationToken);
        var check = PostCheck.Run(checker, change.Text!, [delivery.AccountId], post.AuthorId, post.Attachments);
        log.Stage(ArchiveRecordTypes.Revision, new RevisionRecord(
            change.PostId,
            change.Id,
            delivery.Id,
            change.Revision,
            delivery.AccountId,
            delivery.Channel,
            delivery.Kind,
            delivery.TargetPlatformPostId,
            delivery.Kind == DeliveryKind.CorrectionReply ? delivery.PlatformPostId : null,
            delivery.PlatformUrl,
            change.Text!,
            delivery.Text,
            change.Reason,
            change.RequestedBy ?? post.AuthorId,
            change.DecidedBy,
            Archived(check, await protocol.CurrentAsync(cancellationToken)),
            change.RequestedAt ?? change.CreatedAt,
            published));
    }
}
