namespace Protocolwacht.Checks.Tests;

/// <summary>The robustness guard's clock counts this thread's work and not time spent waiting.</summary>
public class ThreadCpuClockTests
{
    [Fact]
    public void Elapsed_GrowsWithWork_AndNotWithSleep()
    {
        var clock = ThreadCpuClock.StartNew();
        var sum = 0.0;
        for (var i = 0; i < 30_000_000; i++)
        {
            sum += Math.Sqrt(i);
        }

        var afterWork = clock.Elapsed;
        Thread.Sleep(300);
        var afterSleep = clock.Elapsed;

        Assert.True(sum > 0);
        Assert.True(afterWork > TimeSpan.FromMilliseconds(5), $"work counted {afterWork}");
        Assert.True(afterSleep - afterWork < TimeSpan.FromMilliseconds(150), $"a 300 ms sleep counted {afterSleep - afterWork}");
    }
}
