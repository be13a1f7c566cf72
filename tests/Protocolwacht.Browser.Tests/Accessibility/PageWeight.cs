using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// A page's weight in CSS and JavaScript as the browser received it (issue #12 target: under 200 KB together,
/// compressed), from the Resource Timing entries of the page as it is now: each stylesheet's and script's encoded
/// (transferred) body size, which a browser reports also for a file it took from its cache, so every page of a walk
/// counts as a first visit. The decoded size says what compression saved; a file of more than 1 KB whose encoded size
/// equals its decoded size was sent uncompressed.
/// </summary>
public sealed record PageWeight(long CompressedBytes, long UncompressedBytes, int Files, IReadOnlyList<string> Uncompressed)
{
    public const long LimitBytes = 200 * 1024;

    // Only stylesheets and scripts (by their address); fetches of htmx partials and the event streams are data, not
    // page weight.
    private const string Script = """
        () => performance.getEntriesByType('resource')
          .filter(e => /\.(css|js)$/.test(new URL(e.name).pathname))
          .map(e => [new URL(e.name).pathname, e.encodedBodySize, e.decodedBodySize])
        """;

    public static async Task<PageWeight> MeasureAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var files = (await page.EvaluateAsync<JsonElement>(Script)).EnumerateArray()
            .Select(f => (Path: f[0].GetString() ?? string.Empty, Encoded: f[1].GetInt64(), Decoded: f[2].GetInt64()))
            .DistinctBy(f => f.Path)
            .ToList();
        return new PageWeight(
            files.Sum(f => f.Encoded),
            files.Sum(f => f.Decoded),
            files.Count,
            [.. files.Where(f => f.Decoded > 1024 && f.Encoded >= f.Decoded).Select(f => f.Path)]);
    }

    public IEnumerable<string> Problems()
    {
        if (Files == 0)
        {
            yield return "geen CSS of JavaScript gemeten: de meting zelf werkt niet";
        }

        if (CompressedBytes >= LimitBytes)
        {
            yield return $"CSS en JavaScript samen {Kb(CompressedBytes)} gecomprimeerd, meer dan {Kb(LimitBytes)}";
        }

        foreach (var path in Uncompressed)
        {
            yield return $"{path} komt ongecomprimeerd binnen";
        }
    }

    public override string ToString() =>
        $"{Files} bestanden CSS en JavaScript, {Kb(CompressedBytes)} gecomprimeerd ({Kb(UncompressedBytes)} uitgepakt)";

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KB";
}
