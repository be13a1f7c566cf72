namespace Protocolwacht.TestSupport.Ordering;

/// <summary>
/// Marks a test class (or a collection definition) whose tests together take long, so that
/// <see cref="LongestFirstCollectionOrderer"/> starts it before the short ones: xUnit runs only as many
/// collections at once as it has threads, and a long one started last is a run's tail on its own.
/// </summary>
/// <param name="seconds">Its tests' summed duration in a fresh-clone run (artifacts/results/*.trx), for the order among the long ones; it only ranks, it limits nothing.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LongRunningAttribute(int seconds) : Attribute
{
    public int Seconds { get; } = seconds;
}
