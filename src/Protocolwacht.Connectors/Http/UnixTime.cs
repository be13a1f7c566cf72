namespace Protocolwacht.Connectors.Http;

/// <summary>
/// Times that platforms send as numbers (Unix seconds or milliseconds, seconds from now), read only
/// when they fit in <see cref="DateTimeOffset"/>: a platform's garbage must not throw in a connector,
/// whose contract is a typed outcome for every answer.
/// </summary>
internal static class UnixTime
{
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static DateTimeOffset? FromSeconds(long seconds) =>
        seconds >= MinSeconds && seconds <= MaxSeconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    public static DateTimeOffset? FromMilliseconds(long milliseconds) =>
        milliseconds / 1000 > MinSeconds && milliseconds / 1000 < MaxSeconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;

    public static DateTimeOffset? FromSeconds(double seconds) =>
        double.IsFinite(seconds) && seconds > MinSeconds && seconds < MaxSeconds ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)) : null;

    /// <summary><paramref name="now"/> plus <paramref name="seconds"/> (which may be negative or fractional), or null when that is no time.</summary>
    public static DateTimeOffset? After(DateTimeOffset now, double seconds) =>
        double.IsFinite(seconds) && seconds <= (DateTimeOffset.MaxValue - now).TotalSeconds - 1 && -seconds <= (now - DateTimeOffset.MinValue).TotalSeconds - 1
            ? now.AddSeconds(seconds)
            : null;
}
