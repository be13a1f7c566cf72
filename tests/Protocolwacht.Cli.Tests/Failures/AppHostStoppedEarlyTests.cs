using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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

    /// <summary>
    /// tests18: a background service that fails stops the host (the host's StopHost behaviour), here at once, so most
    /// likely while the test is still starting the app. The failure (of the start, or of the first request) names the
    /// host's handler of a faulted background service as the stop's origin and carries the service's error from the
    /// app's log. Before tests18 the note was put on the lifetime after the start, so a stop already under way was noted
    /// from the test's own StartAsync, and a host gone before the start's last step failed it with a bare
    /// ObjectDisposedException.
    /// </summary>
    [Fact]
    public async Task ABackgroundServiceThatFailsAtOnce_IsNamedAsTheStopsOrigin_WithItsError()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var app = await ProtocolwachtApp.StartAsync(o => o.Services = s => s.AddHostedService<FailsAtOnce>());
            using var client = app.Anonymous();
            for (var attempt = 0; attempt < 600; attempt++)
            {
                await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
                await Task.Delay(100);
            }
        });

        Assert.IsType<ObjectDisposedException>(failure.InnerException);
        Assert.Contains("began to stop before the test disposed it", failure.Message, StringComparison.Ordinal);
        Assert.Contains("TryExecuteBackgroundServiceAsync", failure.Message, StringComparison.Ordinal);
        Assert.Contains(FailsAtOnce.Error, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(ABackgroundServiceThatFailsAtOnce_IsNamedAsTheStopsOrigin_WithItsError), failure.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Stop 48's review: the note was one of the log's entries, so a pooled app's next test (UseFreshDatabaseAsync clears
    /// the log) or 200 entries logged after it lost it, and the request failed without saying where the stop came from.
    /// On that code this test failed at "began to stop": the message held only the 200 newest warnings.
    /// </summary>
    [Fact]
    public async Task TheStopsOrigin_OutlivesAClearedLogAndTwoHundredLaterEntries_AndComesFirst()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var client = app.Anonymous();
        Assert.Contains("Aanmelden", await client.GetPageAsync("/account/signin"), StringComparison.Ordinal);

        app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        app.Log.Clear();
        var later = app.Log.CreateLogger("Later");
        for (var i = 0; i < 250; i++)
        {
            later.LogWarning("Entry {Number} after the stop", i);
        }

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            for (var attempt = 0; attempt < 600; attempt++)
            {
                await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
                await Task.Delay(100);
            }
        });

        var origin = failure.Message.IndexOf("began to stop before the test disposed it", StringComparison.Ordinal);
        Assert.True(origin > 0, failure.Message[..Math.Min(failure.Message.Length, 2000)]);
        Assert.Contains(nameof(TheStopsOrigin_OutlivesAClearedLogAndTwoHundredLaterEntries_AndComesFirst), failure.Message, StringComparison.Ordinal);
        Assert.Contains("Entry 249 after the stop", failure.Message, StringComparison.Ordinal); // the log is still there, after it
        Assert.True(origin < failure.Message.IndexOf("Entry 249 after the stop", StringComparison.Ordinal), "the stop's origin comes before the log");
    }

    /// <summary>
    /// tests19: the notes above all need the host's lifetime to stop. A TestServer disposed without a stop (the one way
    /// left to tests15's failure that none of them covers) failed the request with only the ObjectDisposedException and
    /// an empty note; now the message says that no stop was noted, that the lifetime never began to stop, and whether the
    /// test had disposed the app. On tests18's code this test failed at "No stop of the app's host was noted".
    /// </summary>
    [Fact]
    public async Task AServerDisposedWithoutAStop_SaysNoStopWasNoted_AndThatTheTestHadNotDisposedTheApp()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var client = app.Anonymous();
        Assert.Contains("Aanmelden", await client.GetPageAsync("/account/signin"), StringComparison.Ordinal);

        app.Server.Dispose();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(new Uri("/account/signin", UriKind.Relative)));

        Assert.IsType<ObjectDisposedException>(failure.InnerException);
        Assert.Null(app.Log.EarlyStop);
        Assert.Contains("No stop of the app's host was noted: the host's lifetime never began to stop", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the test app had not been disposed", failure.Message, StringComparison.Ordinal);
    }

    private sealed class FailsAtOnce : BackgroundService
    {
        public const string Error = "tests18: a background service that fails at once";

        protected override Task ExecuteAsync(CancellationToken stoppingToken) => throw new InvalidOperationException(Error);
    }
}
