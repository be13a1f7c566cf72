namespace Protocolwacht.Domain.Posts;

/// <summary>
/// Exponential backoff for deliveries: 5 s, 10 s, 20 s … capped at 15 minutes. A platform's own
/// reset time (429) wins when it is later.
/// </summary>
public static class RetryBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(15);

    public static TimeSpan After(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var delay = First * Math.Pow(2, exponent);
        return delay < Cap ? delay : Cap;
    }

    public static DateTimeOffset NextAttempt(DateTimeOffset now, int attempts, DateTimeOffset? platformResetAt)
    {
        var ours = now + After(attempts);
        return platformResetAt is { } reset && reset > ours ? reset : ours;
    }
}
