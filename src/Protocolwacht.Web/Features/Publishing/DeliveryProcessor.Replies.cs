using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Publishing;

// A reply to a reaction is a publication like any other (same lease, attempt before the call, reconciliation);
// only the platform call differs: the connector places it under the reaction.
public sealed partial class DeliveryProcessor
{
    private static async Task<PublishOutcome> ReplyAsync(Delivery delivery, DeliveryChannel channel, PublishRequest request, CancellationToken cancellationToken)
    {
        if (channel.Connector is not IReactionReplier replier)
        {
            return new PublishOutcome.Failed(true, $"{channel.Connector.Capabilities.DisplayName} laat niet antwoorden op een reactie; er is niets geplaatst.", null);
        }

        return await replier.ReplyAsync(request with { ReplyTo = TargetOf(delivery) }, channel.Credentials, cancellationToken);
    }

    private static ReplyTarget TargetOf(Delivery delivery) => new(delivery.ReplyRootPlatformId!, delivery.ReplyToPlatformId!);

    /// <summary>
    /// A delivered reply marks its reaction "beantwoord", in the unit of work that records the publication,
    /// by the reply's author. Also used when a person says an unknown reply was placed.
    /// </summary>
    internal static async Task MarkAnsweredIfReplyAsync(ProtocolwachtDbContext db, Delivery delivery, TimeProvider time, CancellationToken cancellationToken)
    {
        if (delivery.Status != DeliveryStatus.Published || delivery.ReplyToReactionId is not { } reactionId)
        {
            return;
        }

        var reaction = await db.Reactions.SingleOrDefaultAsync(r => r.Id == reactionId, cancellationToken);
        var authorId = await db.Posts.Where(p => p.Id == delivery.PostId).Select(p => p.AuthorId).SingleAsync(cancellationToken);
        reaction?.MarkAnswered(authorId, time.GetUtcNow());
    }
}
