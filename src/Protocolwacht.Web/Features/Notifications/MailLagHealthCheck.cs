using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Infrastructure.Health;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// How long the oldest unsent mail in the mail outbox has waited. Measured from when it was queued (every mail is due
/// at once), not from its due time: a failed send moves the due time on by the back-off, so a mail server down for
/// an hour would otherwise never show. The oldest mail's reason (<see cref="MailFailure.Describe"/>, Dutch, without the
/// server's words) follows the lag, so whoever reads the check learns why mail waits, not only that it does.
/// </summary>
public sealed class MailLagHealthCheck(ProtocolwachtDbContext db, TimeProvider time, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = db.OutgoingMails.AsNoTracking().Where(m => m.SentAt == null && m.GaveUpAt == null && m.CreatedAt <= now);
        var oldest = await due.OrderBy(m => m.CreatedAt).Select(m => new { m.CreatedAt, m.LastError }).FirstOrDefaultAsync(cancellationToken);
        var waiting = oldest is null ? 0 : await due.CountAsync(cancellationToken);
        var lag = Lag.Judge("Mail", oldest?.CreatedAt, now, options.Value.MailLagDegraded, options.Value.MailLagUnhealthy, waiting);
        var judged = oldest?.LastError is { } reason ? new HealthCheckResult(lag.Status, $"{lag.Description} {reason}", data: lag.Data) : lag;
        var since = now - GivenUpShown;
        var givenUp = await db.OutgoingMails.AsNoTracking().CountAsync(m => m.GaveUpAt != null && m.GaveUpAt >= since, cancellationToken);
        return givenUp == 0 || judged.Status != HealthStatus.Healthy
            ? judged
            : HealthCheckResult.Degraded($"{judged.Description} Mail opgegeven in het laatste etmaal: {givenUp} (de startpagina van een beheerder zegt welke).", data: judged.Data);
    }

    /// <summary>
    /// A given-up mail reached nobody, and no lag shows it (nothing waits): the check stays degraded for a day after, long
    /// enough for a monitor that polls every few minutes to raise it and for someone to read the start page, short enough
    /// that one dead address does not keep the service degraded all week (the start page lists it for two weeks).
    /// </summary>
    private static readonly TimeSpan GivenUpShown = TimeSpan.FromDays(1);
}
