using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// Moves a queued post to "gepubliceerd" once every account has it. Called after each delivery outcome is
/// committed, so of two deliveries finishing at once on two instances the later one sees both; the post's
/// version guards against recording it twice.
/// </summary>
public static class PublicationCompletion
{
    public static async Task RecordIfCompleteAsync(ProtocolwachtDbContext db, Guid postId, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Called only after a delivery of this post was published, so "no other delivery unfinished" is enough.
        if (await db.Deliveries.AnyAsync(d => d.PostId == postId && d.Kind == DeliveryKind.Publish && d.Status != DeliveryStatus.Published, cancellationToken))
        {
            return;
        }

        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null || !post.RecordPublished(time))
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear(); // another instance recorded it (or changed the post) first
        }
    }
}
