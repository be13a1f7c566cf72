namespace Protocolwacht.Browser.Tests.Workflow;

/// <summary>
/// The workflow walk-throughs share one app and one Chromium: starting them costs more than the tests,
/// and every test uses its own author, posts and browser contexts, so they do not see each other's work.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WorkflowCollection : ICollectionFixture<WorkflowServer>
{
    public const string Name = "Workflow in the browser";
}
