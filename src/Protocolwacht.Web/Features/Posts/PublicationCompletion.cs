using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// Moves a queued post to "gepubliceerd" once every account has it. Staged in the unit of work that marks the
/// last delivery published (<see cref="StageIfCompleteAsync"/>), so a database that goes away between two commits
/// cannot leave a post stuck at "wordt gepubliceerd"; and checked again after each delivery outcome is committed
/// (<see cref="RecordIfCompleteAsync"/>), so of two deliveries finishing at once on two instances the later one
/// sees both. The post's version guards against recording it twice.
/// </summary>
public static class PublicationCompletion
{
    /// <summary>
    /// Stages "gepubliceerd" on the post of <paramref name="delivery"/> (marked published, not yet saved) when every
    /// other publication of the post is published already; the caller's save commits both or neither.
    /// </summary>
    public static async Task StageIfCompleteAsync(ProtocolwachtDbContext db, Delivery delivery, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(delivery);
        if (await db.Deliveries.AnyAsync(d => d.PostId == delivery.PostId && d.Id != delivery.Id && d.Kind == DeliveryKind.Publish && d.Status != DeliveryStatus.Published, cancellationToken))
        {
            return;
        }

        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == delivery.PostId, cancellationToken);
        post?.RecordPublished(time);
    }

    public static async Task RecordIfCompleteAsync(ProtocolwachtDbContext db, Guid postId, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Called only after a delivery of this post was published, so "no other delivery unfinished" is enough.
        if (await db.Deliveries.AnyAsync(d => d.PostId == postId && d.Kind == DeliveryKind.Publish && d.Status != DeliveryStatus.Published, cancellationToken))
        {
            return;
        }

        // Two deliveries of one post finishing at once on two instances both get here (the soak of issue #16 saw it).
        // Both would insert the post's next transition, and the second insert meets the transition's primary key
        // before the version check can turn it away: a failed command logged at error level, and the exception out of
        // the delivery's round. On PostgreSQL the post's row is locked first, so the second waits for the first and
        // then finds the post published already; SQLite runs one writer at a time, in one instance.
        await using var transaction = db.Database.IsNpgsql() && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        if (transaction is not null)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM posts WHERE \"Id\" = {postId} FOR UPDATE", cancellationToken);
        }

        // Read the state as it is now (a post this context tracks may be older than what the other instance committed).
        if (await db.Posts.Where(p => p.Id == postId).Select(p => (PostState?)p.State).SingleOrDefaultAsync(cancellationToken) != PostState.Queued)
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
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear(); // another instance recorded it (or changed the post) first
        }
    }
}
