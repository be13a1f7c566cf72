using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.TestSupport;

/// <summary>Moving the test app's fake clock, with the background jobs doing what became due.</summary>
public sealed partial class ProtocolwachtApp
{
    /// <summary>
    /// Moves the fake clock and then lets every enabled background job (publisher, mail, escalation …)
    /// finish what became due, so the effects are there when this returns.
    /// </summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await RunBackgroundJobsAsync();
    }

    /// <summary>
    /// Moves the fake clock and lets one job, <typeparamref name="TJob"/>, finish what became due; the other jobs run only
    /// when their own loops (on the same fake clock) come round, as in production. For a test that watches one job over
    /// many small steps: running every job until idle at each step was most of such a test's time (stop 54: about 90 of
    /// the 150 ms of a step alone went to the other jobs, most to the tree head's and the retention's rounds, which the app
    /// runs hourly and six-hourly). Call <see cref="RunBackgroundJobsAsync"/> once after the steps before asserting.
    /// </summary>
    public async Task AdvanceAsync<TJob>(TimeSpan by)
        where TJob : RecurringJob
    {
        Clock.Advance(by);
        await Services.GetServices<RecurringJob>().OfType<TJob>().Single(j => j.IsEnabled).RunUntilIdleAsync(CancellationToken.None);
    }

    /// <summary>
    /// <see cref="AdvanceAsync"/> for a platform that takes calls and never answers them: each time
    /// <paramref name="stalledCalls"/> (the calls the platform has received) grows while the jobs run, the clock moves
    /// on by <see cref="CallTimeout"/>, as the wall clock would while the app waits, so the app gives up on that call
    /// and the test does not wait for it.
    /// </summary>
    public async Task AdvanceThroughStalledCallsAsync(TimeSpan by, Func<int> stalledCalls)
    {
        ArgumentNullException.ThrowIfNull(stalledCalls);
        var seen = stalledCalls();
        Clock.Advance(by);
        var jobs = RunBackgroundJobsAsync();
        while (!jobs.IsCompleted)
        {
            if (!await Eventually.TrueAsync(() => jobs.IsCompleted || stalledCalls() > seen, TimeSpan.FromMinutes(5)))
            {
                throw new TimeoutException("The background jobs neither finished nor made a platform call within 5 minutes.");
            }

            if (stalledCalls() > seen)
            {
                seen = stalledCalls();
                Clock.Advance(CallTimeout);
            }
        }

        await jobs;
    }

    /// <summary>Runs every enabled background job until it finds nothing due at the current time.</summary>
    public async Task RunBackgroundJobsAsync()
    {
        foreach (var job in Services.GetServices<RecurringJob>().Where(j => j.IsEnabled))
        {
            await job.RunUntilIdleAsync(CancellationToken.None);
        }
    }
}
