using Microsoft.Playwright;

namespace Protocolwacht.Browser.Tests.Infrastructure;

/// <summary>The two screens every page must work on (issue #12): a laptop and a phone.</summary>
public static class Viewports
{
    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    public static ViewportSize Phone => new() { Width = 390, Height = 844 };
}
