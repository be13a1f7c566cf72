using System.Globalization;

namespace Protocolwacht.Connectors.Http;

/// <summary>
/// Reads "try again at" from the headers platforms send with a rate-limit answer:
/// <c>Retry-After</c> (seconds or HTTP date), <c>x-rate-limit-reset</c> (X, Unix seconds),
/// <c>ratelimit-reset</c> (Bluesky, Unix seconds), <c>X-RateLimit-Reset</c> (Mastodon, ISO 8601).
/// </summary>
internal static class RateLimitHeaders
{
    // A number this large is a Unix time, a smaller one a number of seconds from now (IETF draft style).
    private const long UnixTimeThreshold = 1_000_000_000;

    private static readonly string[] ResetHeaders = ["retry-after", "x-rate-limit-reset", "ratelimit-reset", "x-ratelimit-reset"];

    public static DateTimeOffset RetryAt(IReadOnlyDictionary<string, string> headers, TimeProvider time, TimeSpan fallback)
    {
        var now = time.GetUtcNow();
        foreach (var name in ResetHeaders)
        {
            if (headers.TryGetValue(name, out var value) && TryParse(value.Trim(), now, out var at))
            {
                return at < now ? now : at;
            }
        }

        return now + fallback;
    }

    /// <summary>The moment a <c>Retry-After</c> header (seconds or HTTP date) names, not before now; null without a readable one.</summary>
    public static DateTimeOffset? RetryAfter(IReadOnlyDictionary<string, string> headers, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return headers.TryGetValue("retry-after", out var value) && TryParse(value.Trim(), now, out var at)
            ? (at < now ? now : at)
            : null;
    }

    private static bool TryParse(string value, DateTimeOffset now, out DateTimeOffset at)
    {
        DateTimeOffset? parsed = null;
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            parsed = number >= UnixTimeThreshold ? UnixTime.FromSeconds(number) : UnixTime.After(now, number);
        }
        else if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction))
        {
            parsed = fraction >= UnixTimeThreshold ? UnixTime.FromSeconds(fraction) : UnixTime.After(now, fraction);
        }
        else if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            parsed = date;
        }

        // A number outside the calendar counts as no header: the next one, or the default back-off, decides.
        at = parsed ?? default;
        return parsed is not null;
    }
}
