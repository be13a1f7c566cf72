namespace Protocolwacht.Web.Tests.Support;

/// <summary>
/// The crash, multi-instance, claim and load tests depend on timing or spawn processes: they run after the
/// other tests, one at a time, so nothing else distorts their figures. The workflow tests run in parallel.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
