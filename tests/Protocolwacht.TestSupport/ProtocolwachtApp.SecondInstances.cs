using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.TestSupport;

/// <summary>
/// The second instances started on this app's database (<see cref="StartSecondInstanceAsync"/>) follow it when it moves
/// to a fresh database (<see cref="UseFreshDatabaseAsync"/>): a class whose tests need two instances behind one load
/// balancer (CheckerSnapshotTests) can then share both apps between its tests, each test on a database of its own.
/// A second instance connects wherever its first instance is (<see cref="FreshDatabase"/>); what it keeps in memory
/// about the database before (its checker, its log) is forgotten here, as the first instance forgets its own.
/// </summary>
public sealed partial class ProtocolwachtApp
{
    private readonly List<ProtocolwachtApp> _secondInstances = [];

    /// <summary>A second instance of an app that moves to fresh databases moves with it, so it needs the same per-scope database.</summary>
    private bool FollowsFreshDatabases => _options.SameDatabaseAs is { _options.FreshDatabases: true };

    private void AddSecondInstance(ProtocolwachtApp second)
    {
        lock (_secondInstances)
        {
            _secondInstances.Add(second);
        }
    }

    private void RemoveSecondInstance(ProtocolwachtApp second)
    {
        lock (_secondInstances)
        {
            _secondInstances.Remove(second);
        }
    }

    private List<ProtocolwachtApp> SecondInstances()
    {
        lock (_secondInstances)
        {
            return [.. _secondInstances];
        }
    }

    /// <summary>The first instance has moved to a fresh, seeded database; this one is there already (its scopes connect
    /// where the first's do) and forgets the database before, as the first did.</summary>
    private async Task FollowToTheFreshDatabaseAsync()
    {
        CatchUpWithTheRealClock();
        await Services.GetRequiredService<CheckerSnapshot>().FreshAsync(CancellationToken.None);
        await ForgetTheDatabaseBeforeAsync();
    }
}
