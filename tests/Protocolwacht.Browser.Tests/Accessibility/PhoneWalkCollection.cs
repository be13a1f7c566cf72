using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>The phone walk on an app of its own, so xUnit runs it beside the laptop walk's collection.</summary>
[CollectionDefinition(Name)]
public sealed class PhoneWalkCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Every page on a phone";
}
