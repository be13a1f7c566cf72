using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Protocolwacht.Web.Tests.Privacy;

/// <summary>
/// Once armed, holds the save that <paramref name="first"/> picks and the save that <paramref name="second"/> picks until
/// both have arrived (both steps have passed their checks), then lets the first save and the second only after the
/// first's save has ended: which of two racing saves wins is chosen by the test, not by the scheduler. Other saves, and
/// every save before <see cref="Arm"/>, pass straight through.
/// </summary>
internal sealed class OneAfterTheOther(Func<ChangeTracker, bool> first, Func<ChangeTracker, bool> second) : SaveChangesInterceptor
{
    // Long enough for a loaded CI machine; a step that never comes lets the other go rather than hang the test.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private TaskCompletionSource _oneArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _bothArrived;
    private TaskCompletionSource? _firstDone;
    private DbContext? _firstContext;
    private int _arrived;

    /// <summary>Done when the first of the two saves is held: lets a test start the other step only then.</summary>
    public Task OneArrived => _oneArrived.Task;

    public void Arm()
    {
        _arrived = 0;
        _oneArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _firstContext = null;
        _firstDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _bothArrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var both = Volatile.Read(ref _bothArrived);
        if (both is null || eventData.Context is not { } context || _firstDone!.Task.IsCompleted)
        {
            return result;
        }

        var isFirst = first(context.ChangeTracker) && Interlocked.CompareExchange(ref _firstContext, context, null) is null;
        if (!isFirst && !second(context.ChangeTracker))
        {
            return result;
        }

        _oneArrived.TrySetResult();
        if (Interlocked.Increment(ref _arrived) >= 2)
        {
            both.TrySetResult();
        }

        await Task.WhenAny(both.Task, Task.Delay(MaxWait, cancellationToken));
        if (!isFirst)
        {
            await Task.WhenAny(_firstDone.Task, Task.Delay(MaxWait, cancellationToken));
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EndOf(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndOf(eventData.Context);
        return Task.CompletedTask;
    }

    private void EndOf(DbContext? context)
    {
        if (context is not null && ReferenceEquals(context, Volatile.Read(ref _firstContext)))
        {
            _firstDone?.TrySetResult();
        }
    }
}
