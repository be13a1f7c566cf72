using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Safety;

/// <summary>
/// Freeze, platform decisions and incidents in the browser, on an app of their own: a freeze started here
/// must never hold a walk-through of the workflow collection.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SafetyCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Safety in the browser";
}
