using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.TestSupport.Ordering;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// The page walks on both screens and the tests that read their posts share one app and one Chromium: the walks set up a
/// post with an advice request, a published post and a reaction once, sign each person in once for both screens
/// (<see cref="PageWalk"/>), and visit every page. Until stop 43 the phone walk had an app, a Chromium, a set-up and
/// sign-ins of its own so it could run beside the laptop walk; that was about 50 s of set-up twice.
/// </summary>
[CollectionDefinition(Name)]
[LongRunning(380)]
public sealed class AccessibilityCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Every page in the browser";
}
