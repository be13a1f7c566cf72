using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.TestSupport.Ordering;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>The page walks share one app: they set up a post with an advice request once and visit every page.</summary>
[CollectionDefinition(Name)]
[LongRunning(237)]
public sealed class AccessibilityCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Every page in the browser";
}
