using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>
/// Consent checked again at the moment of delivery (issue #11 item 3): a post that shows a pupil whose photo
/// consent is now "nee", or names a pupil whose name consent is now "nee", is held, and its author and the
/// school's director are told why (once). The checker is reloaded when the register changed since it was
/// loaded, so a consent withdrawn a second before the delivery counts.
/// </summary>
public sealed class ConsentHold(ProtocolwachtDbContext db, CheckerSnapshot checkers, ConsentNotices notices) : IDeliveryHold
{
    public async Task<string?> ReasonAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == delivery.PostId)
            .Select(p => new { p.AuthorId, p.Attachments }).SingleAsync(cancellationToken);
        var checker = await checkers.FreshAsync(cancellationToken);
        var refused = ConsentRefusals.Find(checker, delivery.Text, post.Attachments);
        if (refused.Count == 0)
        {
            return null;
        }

        var reason = ConsentRefusals.Reason(refused);
        if (delivery.LastError != DeliveryProcessor.Held(reason))
        {
            await notices.HeldAsync(post.AuthorId, refused, delivery.PostId, checker.Organisation, cancellationToken);
        }

        return reason;
    }
}
