using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Web.Tests.Posts.Changes;

/// <summary>
/// The barrier the concurrency tests share between their tests (<see cref="ConcurrentChangeTests.Apps"/>,
/// Advice.ConcurrentAbsenceTests.Apps): disarming it, as their FreshAsync does before every test, lets a save it still
/// holds go and every later one through (the review of stop 50: a test that failed half-way left it armed for the next).
/// </summary>
public sealed class SaveBarrierTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10); // well under the barrier's own 30 s

    [Fact]
    public async Task Disarm_LetsAHeldSaveGo_AndTheNextSavePassesAtOnce()
    {
        var barrier = new SaveBarrier(_ => true);
        await using var first = Context(barrier);
        await using var second = Context(barrier);
        barrier.Arm(parties: 3);

        var held = first.SaveChangesAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.False(held.IsCompleted, "one save of three is held until the others come");

        barrier.Disarm();
        Assert.Equal(0, await held.WaitAsync(Soon));
        Assert.Equal(0, await second.SaveChangesAsync().WaitAsync(Soon)); // armed, it would be held as the second of three
    }

    private static DbContext Context(SaveBarrier barrier) =>
        new(new DbContextOptionsBuilder<DbContext>().UseSqlite("Data Source=:memory:").AddInterceptors(barrier).Options);
}
