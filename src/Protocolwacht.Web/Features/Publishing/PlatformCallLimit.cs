namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// How long one platform call may take (<see cref="PublishingOptions.CallTimeout"/>), measured on the app's clock
/// like every other time in the app: a test on a fake clock decides when a silent platform has taken too long
/// instead of waiting it out, and the host stopping still ends the call at once. Dispose it when the call is done.
/// </summary>
internal sealed class PlatformCallLimit : IDisposable
{
    private readonly CancellationTokenSource _limit;
    private readonly CancellationTokenSource _limitOrStop;

    public PlatformCallLimit(TimeSpan callTimeout, TimeProvider time, CancellationToken stopping)
    {
        _limit = new CancellationTokenSource(callTimeout, time);
        _limitOrStop = CancellationTokenSource.CreateLinkedTokenSource(stopping, _limit.Token);
    }

    /// <summary>Cancelled when the limit has passed or the host stops, whichever comes first.</summary>
    public CancellationToken Token => _limitOrStop.Token;

    public void Dispose()
    {
        _limitOrStop.Dispose();
        _limit.Dispose();
    }
}
