using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>Where a post really stands, in the words its pages use: for a queued post, how far its publication got.</summary>
public static class PostStatus
{
    /// <summary>How close an outcome must be before the post's page follows it by itself.</summary>
    public static readonly TimeSpan FollowWithin = TimeSpan.FromMinutes(2);

    public static string Describe(Post post, IReadOnlyCollection<Delivery> deliveries, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(deliveries);
        if (post.State != PostState.Queued || deliveries.Count == 0)
        {
            return post.State.ToDutch();
        }

        return deliveries.All(d => d.Status == DeliveryStatus.Published) ? PostState.Published.ToDutch()
            : deliveries.Any(d => d.Status is DeliveryStatus.Failed or DeliveryStatus.AwaitingPerson) ? "publicatie vraagt aandacht"
            : deliveries.Any(d => d.Status != DeliveryStatus.Pending) || now >= post.ReleaseAt ? "wordt gepubliceerd"
            : post.State.ToDutch();
    }

    /// <summary>
    /// True while a delivery of this post is due within <see cref="FollowWithin"/> (or under way): only then
    /// does the page poll. A delivery a week ahead, or one waiting for a person, is not followed. Every delivery
    /// published while the post itself is not yet recorded as published is followed too: the post's own step is a
    /// moment away, and a page that stopped there would never show it.
    /// </summary>
    public static bool OutcomeIsNear(Post post, IReadOnlyCollection<Delivery> deliveries, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(deliveries);
        if (post.State != PostState.Queued)
        {
            return false;
        }

        var allPublished = deliveries.Count > 0 && deliveries.All(d => d.Status == DeliveryStatus.Published);
        return allPublished || deliveries.Any(d =>
            d.Status is not (DeliveryStatus.Published or DeliveryStatus.Failed or DeliveryStatus.AwaitingPerson)
            && d.DueAt <= now + FollowWithin);
    }
}
