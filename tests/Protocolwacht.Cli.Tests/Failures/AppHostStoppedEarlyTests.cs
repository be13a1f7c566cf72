using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>
/// tests16: BackupCommandTests once failed with only "ObjectDisposedException: TestServer" at its sign-in: the test app's
/// host had stopped of itself, and nothing said why. A stop before the test disposes the app now names its origin in the
/// app's log, and the next request fails with that log.
/// </summary>
public sealed class AppHostStoppedEarlyTests
{
    [Fact]
    public async Task AHostThatStopsOfItself_FailsTheNextRequestWithWhereTheStopCameFrom()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var client = app.Anonymous();
        Assert.Contains("Aanmelden", await client.GetPageAsync("/account/signin"), StringComparison.Ordinal);

        app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            // The stop runs on the app's own thread; the server is disposed once it has finished.
            for (var attempt = 0; attempt < 600; attempt++)
            {
                await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
                await Task.Delay(100);
            }
        });

        Assert.IsType<ObjectDisposedException>(failure.InnerException);
        Assert.Contains("the app's host has stopped", failure.Message, StringComparison.Ordinal);
        Assert.Contains("began to stop before the test disposed it", failure.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(AHostThatStopsOfItself_FailsTheNextRequestWithWhereTheStopCameFrom), failure.Message, StringComparison.Ordinal);
    }
}
