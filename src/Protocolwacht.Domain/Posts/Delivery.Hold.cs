namespace Protocolwacht.Domain.Posts;

// A delivery kept back by a hold (crisis freeze, no platform decision): nothing is sent, nothing counts
// as an attempt, and the publisher looks again at recheckAt.
public sealed partial class Delivery
{
    /// <summary>
    /// Keeps this claimed delivery back: its status stays (a delivery that needs reconciling still does),
    /// the lease is released, <see cref="LastError"/> says why and it is due again at <paramref name="recheckAt"/>.
    /// </summary>
    public void Hold(string reason, DateTimeOffset recheckAt, DateTimeOffset now)
    {
        LastError = reason;
        DueAt = recheckAt;
        LeaseOwner = null;
        LeaseExpiresAt = null;
        UpdatedAt = now;
    }

    /// <summary>
    /// Says why this waiting delivery will be held when it is due (a consent withdrawn after confirming), without
    /// changing when it is due: the publisher checks again at that moment and holds it then.
    /// </summary>
    public void NoteHold(string reason, DateTimeOffset now)
    {
        LastError = reason;
        UpdatedAt = now;
    }
}
