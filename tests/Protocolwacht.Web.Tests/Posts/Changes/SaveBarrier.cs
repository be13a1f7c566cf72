using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Tests.Posts.Changes;

/// <summary>
/// Once armed, holds each save of a post change (or of what <paramref name="holds"/> picks) until the given number of
/// them have arrived, then lets them all go: two steps that have both passed their checks write at the same moment, as
/// two clicks on a busy server do. Registered as the app's <see cref="IInterceptor"/>; other saves, every save before
/// <see cref="Arm"/> and every save after <see cref="Disarm"/>, pass straight through. A barrier an app keeps for
/// several tests is disarmed before each (the fixtures' FreshAsync): a test that failed before all its saves arrived
/// leaves it armed, and the next test's own set-up saves would be held, and counted, until <c>MaxWait</c>.
/// </summary>
internal sealed class SaveBarrier(Func<ChangeTracker, bool>? holds = null) : SaveChangesInterceptor
{
    // Long enough for a loaded CI machine; a step that never comes lets the other go rather than hang the test.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private TaskCompletionSource? _all;
    private int _parties;
    private int _arrived;

    public void Arm(int parties)
    {
        _parties = parties;
        _arrived = 0;
        Volatile.Write(ref _all, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    /// <summary>Lets a save still held go, and lets every later one through until the next <see cref="Arm"/>.</summary>
    public void Disarm() => Interlocked.Exchange(ref _all, null)?.TrySetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var all = Volatile.Read(ref _all);
        var held = eventData.Context is { } context && (holds ?? ChangesAPostChange)(context.ChangeTracker);
        if (all is not null && held && !all.Task.IsCompleted)
        {
            if (Interlocked.Increment(ref _arrived) >= _parties)
            {
                all.TrySetResult();
            }

            await Task.WhenAny(all.Task, Task.Delay(MaxWait, cancellationToken));
        }

        return result;
    }

    private static bool ChangesAPostChange(ChangeTracker tracker) =>
        tracker.Entries<PostChange>().Any(e => e.State is EntityState.Added or EntityState.Modified);
}
