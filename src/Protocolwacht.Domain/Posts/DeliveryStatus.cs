namespace Protocolwacht.Domain.Posts;

/// <summary>
/// Where the publication of one post on one account stands. Stored by name, so never rename a member.
/// <see cref="Unknown"/> means the platform may or may not have the post: it is never retried blindly,
/// only after reconciliation says it is not there.
/// </summary>
public enum DeliveryStatus
{
    /// <summary>Waiting for its due time (the end of the undo period or the scheduled moment).</summary>
    Pending,

    /// <summary>An attempt was recorded and the platform call may be under way.</summary>
    Attempting,

    Published,

    /// <summary>The platform refused permanently; <see cref="Delivery.LastError"/> holds its reason.</summary>
    Failed,

    /// <summary>The outcome of an attempt is not known (timeout, crash); reconcile before anything else.</summary>
    Unknown,

    /// <summary>A previous attempt failed transiently or was rate limited; tried again at the due time.</summary>
    Retrying,

    /// <summary>Reconciliation could not tell; a person must say whether it was published.</summary>
    AwaitingPerson,

    /// <summary>The author cancelled during the undo period.</summary>
    Cancelled,
}

public static class DeliveryStatusNames
{
    public static string ToDutch(this DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => "wacht",
        DeliveryStatus.Attempting => "bezig met plaatsen",
        DeliveryStatus.Published => "gepubliceerd",
        DeliveryStatus.Failed => "mislukt",
        DeliveryStatus.Unknown => "onbekend, wordt nagekeken",
        DeliveryStatus.Retrying => "wordt opnieuw geprobeerd",
        DeliveryStatus.AwaitingPerson => "onbekend: jouw oordeel is nodig",
        DeliveryStatus.Cancelled => "geannuleerd",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Statuses a publisher may pick up once due.</summary>
    public static bool IsClaimable(this DeliveryStatus status) =>
        status is DeliveryStatus.Pending or DeliveryStatus.Retrying or DeliveryStatus.Unknown or DeliveryStatus.Attempting;
}
