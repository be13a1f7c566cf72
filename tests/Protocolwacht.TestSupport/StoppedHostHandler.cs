namespace Protocolwacht.TestSupport;

/// <summary>
/// Between a test's client and the app's TestServer: a request to a host that has stopped of itself fails with the app's
/// log in the message (first the stop's origin, <see cref="ProtocolwachtApp"/> notes it in <see cref="AppLog.EarlyStop"/>; then
/// the error a failing background service logged), where the TestServer says only that it was disposed. When no stop was
/// noted, <paramref name="whyGone"/> says what is known instead (<see cref="ProtocolwachtApp.WhyGoneForMessage"/>).
/// </summary>
internal sealed class StoppedHostHandler(AppLog log, Func<string> whyGone) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (ObjectDisposedException ex)
        {
            // The stop's origin first: the entries after it are what the stop set off, and they may be many.
            throw new InvalidOperationException($"{request.Method} {request.RequestUri?.PathAndQuery}: the app's host has stopped.{log.EarlyStopForMessage()}{whyGone()}{log.ForMessage()}", ex);
        }
    }
}
