using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.Tests.Http;

public sealed class RateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private readonly FakeTimeProvider time = new(Now);

    [Theory]
    [InlineData("Retry-After", "120", 120)]
    [InlineData("Retry-After", "Tue, 24 Nov 2026 04:35:00 GMT", 300)]
    [InlineData("x-rate-limit-reset", "1795495500", 900)]
    [InlineData("ratelimit-reset", "1795494900", 300)]
    [InlineData("ratelimit-reset", "45", 45)]
    [InlineData("X-RateLimit-Reset", "2026-11-24T04:40:00.000Z", 600)]
    public void RetryAt_KnownHeader_IsReadInItsOwnFormat(string name, string value, int secondsFromNow)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [name] = value };

        Assert.Equal(Now.AddSeconds(secondsFromNow), RateLimitHeaders.RetryAt(headers, time, TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public void RetryAt_NoHeader_UsesTheFallback()
    {
        Assert.Equal(Now.AddMinutes(15), RateLimitHeaders.RetryAt(new Dictionary<string, string>(), time, TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public void RetryAt_ResetAlreadyPassed_IsNowNotThePast()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["x-rate-limit-reset"] = Now.AddMinutes(-5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };

        Assert.Equal(Now, RateLimitHeaders.RetryAt(headers, time, TimeSpan.FromMinutes(15)));
    }

    // Found by the short fuzz pass (issue #16): these threw ArgumentOutOfRangeException out of the connector.
    [Theory]
    [InlineData("x-rate-limit-reset", "99999999999999")]
    [InlineData("ratelimit-reset", "-9223372036854775808")]
    [InlineData("Retry-After", "1e300")]
    [InlineData("Retry-After", "-1e300")]
    [InlineData("Retry-After", "Infinity")]
    [InlineData("Retry-After", "NaN")]
    [InlineData("Retry-After", "1796115600000000")]
    public void RetryAt_NumberOutsideTheCalendar_UsesTheFallback(string name, string value)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [name] = value };

        Assert.Equal(Now.AddMinutes(15), RateLimitHeaders.RetryAt(headers, time, TimeSpan.FromMinutes(15)));
    }
}
