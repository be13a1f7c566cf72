using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Posts.Changes;

// A change a platform refused for good (the token withdrawn, no permission, the post unknown there): once the cause is
// dealt with (the account connected again, the permission given) a person sends it once more, as "Opnieuw proberen"
// does for a refused publication. A refusal of the text itself is no case for it: the same text is refused again, and
// a new correction is the way (the page says so).
public sealed partial class PostChanges
{
    /// <summary>
    /// Sends a refused change to one account once more, by putting its outbox row back in the queue: the outbox sends it
    /// once, as any change (its lease keeps two instances from both sending it). A second press, or the same form sent
    /// twice, finds the row no longer "mislukt" and is refused; nothing is sent for it.
    /// </summary>
    public async Task<WorkflowResult> RetryFailedAsync(Post post, Guid deliveryId, string actorId, bool isAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var (delivery, change) = await ChangeDeliveryAsync(post, deliveryId, cancellationToken);
        if (delivery is null || change is null)
        {
            return WorkflowResult.Refused("Deze wijziging bestaat niet (meer).");
        }

        if (!MayResolve(post, change, actorId, isAdmin))
        {
            return WorkflowResult.Refused("Alleen de auteur, de aanvrager of een beheerder kan de wijziging opnieuw laten proberen.");
        }

        if (!delivery.RetryAfterFailure(time.GetUtcNow()))
        {
            return WorkflowResult.Refused("Dat kan niet in de huidige status van dit account.");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WorkflowResult.Refused("Iemand anders wijzigde dit bericht tegelijk. Bekijk de pagina opnieuw.");
        }

        return WorkflowResult.Ok;
    }
}
