using Microsoft.Playwright;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Browser.Tests.Infrastructure;

/// <summary>Keeps screenshots as test artifacts in artifacts/screenshots at the repository root.</summary>
public static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>
    /// A screenshot the README shows: docs/screenshots/NAME.png at the repository root, the visible screen only
    /// (what a person sees first), under a stable name so a new run replaces it.
    /// </summary>
    public static async Task<string> SaveForDocsAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }
}
