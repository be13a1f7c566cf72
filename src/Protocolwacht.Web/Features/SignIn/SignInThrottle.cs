using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// Slows down password guessing without locking anyone out: a sliding window of attempts per client
/// address and one per account name (known or not, so the answer reveals nothing). A browser that
/// signed in to an account before carries a device cookie and is not held back by that account's window,
/// so an attacker hammering a director's name cannot keep the director herself from signing in.
/// Built on System.Threading.RateLimiting, the limiters behind ASP.NET Core's rate-limiting middleware;
/// used from the sign-in page because only the page knows the account name and can answer in Dutch.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _perClient = Sliding(o.PermitsPerClient, o.ClientWindow);
        _perAccount = Sliding(o.PermitsPerAccount, o.AccountWindow);
    }

    /// <summary>
    /// Takes one attempt from the client's window and, unless <paramref name="knownDevice"/>, from the
    /// account's. Returns when to try again when either is used up, null when the attempt may go ahead.
    /// </summary>
    public TimeSpan? TryAttempt(string clientAddress, string accountName, bool knownDevice)
    {
        using var client = _perClient.AttemptAcquire(clientAddress);
        if (!client.IsAcquired)
        {
            return RetryAfter(client);
        }

        if (knownDevice)
        {
            return null;
        }

        using var account = _perAccount.AttemptAcquire(accountName.ToUpperInvariant());
        return account.IsAcquired ? null : RetryAfter(account);
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _perAccount.Dispose();
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);

    private static PartitionedRateLimiter<string> Sliding(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
