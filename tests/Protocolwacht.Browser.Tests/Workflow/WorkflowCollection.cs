using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.TestSupport.Ordering;

namespace Protocolwacht.Browser.Tests.Workflow;

/// <summary>
/// The walk-throughs share one app and one Chromium: starting them costs more than the tests, and every
/// test uses its own author, posts and browser contexts, so they do not see each other's work. They run
/// one after another, so one test moving the app's clock never surprises another.
/// </summary>
[CollectionDefinition(Name)]
[LongRunning(150)]
public sealed class WorkflowCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Workflow in the browser";
}
