using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.TestSupport.Ordering;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>The phone walk on an app of its own, so xUnit runs it beside the laptop walk's collection; the keyboard walk-through shares it.</summary>
[CollectionDefinition(Name)]
[LongRunning(190)]
public sealed class PhoneWalkCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Every page on a phone";
}
