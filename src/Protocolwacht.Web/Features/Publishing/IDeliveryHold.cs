using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// A reason, owned by another feature, why one delivery may not go out now because of what the post holds
/// (a pupil whose consent was withdrawn). Asked by the publisher just before the platform is called, so
/// what changed after confirming still counts.
/// </summary>
public interface IDeliveryHold
{
    /// <returns>Null when this hold does not apply; otherwise the Dutch reason shown to the author.</returns>
    Task<string?> ReasonAsync(Delivery delivery, CancellationToken cancellationToken);
}

/// <summary>Every registered <see cref="IDeliveryHold"/>, asked in registration order; the first reason wins.</summary>
public sealed class DeliveryHolds(IEnumerable<IDeliveryHold> holds)
{
    public async Task<string?> ReasonAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        foreach (var hold in holds)
        {
            if (await hold.ReasonAsync(delivery, cancellationToken) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }
}
