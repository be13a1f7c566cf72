using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Safety;

/// <summary>
/// Freeze, platform decisions and incidents in the browser, on an app of their own: a freeze started here
/// must never hold a walk-through of the workflow collection. The short foundation tests (the protocol's
/// acknowledgement, the consent form and register, the administrator's pages) share it too: until stop 43 each
/// class started an app and a Chromium of its own; none of them posts, and no test here acknowledges for Tom or
/// records consent. The two-factor test and the axe helper's own tests use its Chromium (the first with an app of
/// its own, the second with none).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SafetyCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Safety in the browser";
}
