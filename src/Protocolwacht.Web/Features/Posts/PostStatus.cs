using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// Where a post really stands, in the words its pages use for <c>reader</c> (<see cref="PostStateTexts"/>): for a queued
/// post, how far its publication got.
/// </summary>
public static class PostStatus
{
    // Named constants so the run-time text scan (UiTextResourceTests) finds them: pages print T(StateText).
    private const string NeedsAttentionText = "publicatie vraagt aandacht";
    private const string PublishingText = "wordt gepubliceerd";

    public static string Describe(Post post, IReadOnlyCollection<Delivery> deliveries, DateTimeOffset now, FindingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(deliveries);
        if (post.State != PostState.Queued || deliveries.Count == 0)
        {
            return PostStateTexts.For(post.State, reader);
        }

        return deliveries.All(d => d.Status == DeliveryStatus.Published) ? PostState.Published.ToDutch()
            : deliveries.Any(d => d.Status is DeliveryStatus.Failed or DeliveryStatus.AwaitingPerson) ? NeedsAttentionText
            : deliveries.Any(d => d.Status != DeliveryStatus.Pending) || now >= post.ReleaseAt ? PublishingText
            : post.State.ToDutch();
    }

    /// <summary>
    /// True once nothing more happens to the publication without a person: the post is not (or no longer)
    /// queued, or every delivery has failed, waits for a person or is published while one of them did not
    /// make it. Deliveries all published while the post is still queued are not settled: the post's own
    /// step is a moment away.
    /// </summary>
    public static bool PublicationSettled(Post post, IReadOnlyCollection<Delivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(deliveries);
        return post.State != PostState.Queued
            || (deliveries.Count > 0
                && deliveries.All(d => d.Status is DeliveryStatus.Published or DeliveryStatus.Failed or DeliveryStatus.AwaitingPerson)
                && !deliveries.All(d => d.Status == DeliveryStatus.Published));
    }

    /// <summary>
    /// A short hash of everything the post page's live parts show about the post and its deliveries; the same
    /// on every instance (no per-process string hashing).
    /// </summary>
    public static string Version(Post post, IReadOnlyCollection<Delivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(deliveries);
        var text = new System.Text.StringBuilder().Append(post.State).Append('|').Append(post.Transitions.Count).Append('|').Append(post.ApproverId);
        foreach (var d in deliveries.OrderBy(d => d.Id))
        {
            text.Append('|').Append(d.Id).Append(':').Append(d.Status).Append(':').Append(d.UpdatedAt.ToUnixTimeMilliseconds())
                .Append(':').Append(d.LeaseOwner is null ? '-' : 'L').Append(':').Append(d.PlatformUrl);
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
