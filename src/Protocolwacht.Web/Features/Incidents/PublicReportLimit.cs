using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>
/// How many reports one address may send through /melden per window (<see cref="IncidentOptions.ReportsPerWindow"/>
/// per <see cref="IncidentOptions.ReportWindow"/>). Asked by the page once a report is to be taken, or a bot has filled
/// in the honeypot: a report sent back with mistakes does not count, so a parent who corrects the form a few times is not
/// refused when it is finally right, and a refused report comes back as the form with what was typed and the reason at
/// its top. Until the review of stop 50 the rate-limiting middleware counted every post and answered with a bare
/// sentence, and whatever had been typed was lost. Built like <see cref="SignIn.SignInThrottle"/>.
/// </summary>
public sealed class PublicReportLimit : IDisposable
{
    /// <summary>The answer to an address over its limit (the page shows it above the form).</summary>
    public const string TooMany = "Er zijn vanaf dit adres te veel meldingen gedaan. Probeer het later opnieuw, of bel de school.";

    private readonly PartitionedRateLimiter<string> _perAddress;

    public PublicReportLimit(IOptions<IncidentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _perAddress = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.ReportsPerWindow,
            Window = o.ReportWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>Takes one report from <paramref name="address"/>'s window; false when the window is used up.</summary>
    public bool TryTake(string address)
    {
        using var lease = _perAddress.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose() => _perAddress.Dispose();
}
