using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Posts.Changes;

// A change whose outcome stayed unknown: the platform did not answer the edit, correction reply or deletion, and
// the publisher stopped sending it again (Delivery.UnansweredTooOften). A person decides, as for a publication.
public sealed partial class PostChanges
{
    /// <summary>The author, the person who asked for the change, or an administrator may answer for it.</summary>
    public static bool MayResolve(Post post, PostChange change, string actorId, bool isAdmin) =>
        post.IsAuthor(actorId) || isAdmin || string.Equals(change.RequestedBy, actorId, StringComparison.Ordinal);

    /// <summary>
    /// The answer of a person who looked on the platform: <paramref name="done"/> records the change as carried out on
    /// that account (with its revision or tombstone record, in the same unit of work); otherwise it is sent exactly
    /// once more, and comes back to a person if the platform stays silent again.
    /// </summary>
    public async Task<WorkflowResult> ResolveUnknownAsync(Post post, Guid deliveryId, string actorId, bool isAdmin, bool done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var (delivery, change) = await ChangeDeliveryAsync(post, deliveryId, cancellationToken);
        if (delivery is null || change is null)
        {
            return WorkflowResult.Refused("Deze wijziging bestaat niet (meer).");
        }

        if (!MayResolve(post, change, actorId, isAdmin))
        {
            return WorkflowResult.Refused("Alleen de auteur, de aanvrager of een beheerder kan dit beantwoorden.");
        }

        if (!delivery.ResolveByPerson(actorId, done, time.GetUtcNow()))
        {
            return WorkflowResult.Refused("Dat kan niet in de huidige status van dit account.");
        }

        await archiver.StageIfPublishedAsync(delivery, cancellationToken);
        try
        {
            await archiver.SaveChangesAsync(cancellationToken); // the answer with its archive record, or neither
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WorkflowResult.Refused(ChangedMeanwhile);
        }

        if (done)
        {
            await completion.RecordIfCompleteAsync(change.Id, cancellationToken);
        }

        return WorkflowResult.Ok;
    }

    // A delivery of one of the post's changes and that change (untracked): what a person answers or retries.
    private async Task<(Delivery? Delivery, PostChange? Change)> ChangeDeliveryAsync(Post post, Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.PostId == post.Id && d.ChangeId != null, cancellationToken);
        var change = delivery is null ? null : await db.PostChanges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == delivery.ChangeId, cancellationToken);
        return (delivery, change);
    }
}
