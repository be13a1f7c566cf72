namespace Protocolwacht.Web.Infrastructure.Health;

/// <summary>When the health checks report trouble (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    /// <summary>The oldest due delivery in the outbox waiting longer than this makes the app Degraded.</summary>
    public TimeSpan OutboxLagDegraded { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>… and longer than this Unhealthy.</summary>
    public TimeSpan OutboxLagUnhealthy { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The oldest due mail waiting longer than this makes the app Degraded.</summary>
    public TimeSpan MailLagDegraded { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>… and longer than this Unhealthy.</summary>
    public TimeSpan MailLagUnhealthy { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A background loop whose last heartbeat is older than this many of its intervals (at least a minute) counts as stuck.</summary>
    public int MissedHeartbeats { get; set; } = 3;
}
