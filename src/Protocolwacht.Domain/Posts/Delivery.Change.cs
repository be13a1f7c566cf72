namespace Protocolwacht.Domain.Posts;

// An outbox row for a change to a published delivery: an edit, a correction reply or a deletion.
public sealed partial class Delivery
{
    public DeliveryKind Kind { get; private set; }

    /// <summary>The <see cref="PostChange"/> this row carries out; null for a publication.</summary>
    public Guid? ChangeId { get; private set; }

    /// <summary>The platform id of the published post this change applies to; null for a publication.</summary>
    public string? TargetPlatformPostId { get; private set; }

    /// <summary>The publication (<see cref="DeliveryKind.Publish"/>) row this change applies to; null for a publication.</summary>
    public Guid? TargetDeliveryId { get; private set; }

    /// <summary>
    /// The outbox row that applies <paramref name="change"/> to the published <paramref name="target"/>, due now.
    /// <paramref name="text"/> is what the platform receives (the edited text or the reply), empty for a deletion.
    /// </summary>
    public static Delivery CreateChange(Guid id, PostChange change, Delivery target, DeliveryKind kind, string text, DateTimeOffset now, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(target);
        if (kind == DeliveryKind.Publish || target.Kind != DeliveryKind.Publish || target.Status != DeliveryStatus.Published)
        {
            throw new InvalidOperationException("A change applies to a published publication.");
        }

        return new Delivery(id, target.PostId, target.AccountId, target.Channel, text, fingerprint)
        {
            Kind = kind,
            ChangeId = change.Id,
            TargetPlatformPostId = target.PlatformPostId,
            TargetDeliveryId = target.Id,
            IdempotencyKey = id.ToString("N"),
            Status = DeliveryStatus.Pending,
            DueAt = now,
            UpdatedAt = now,
        };
    }
}
