namespace Protocolwacht.Web.Features.Publishing;

/// <summary>Settings of the publisher (section <c>Publishing</c>).</summary>
public sealed class PublishingOptions
{
    /// <summary>How long the author can still cancel after confirming ("Eén druk op &lt;enter&gt;...").</summary>
    public TimeSpan UndoPeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>False stops this instance from publishing (another instance may still do it).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often an idle publisher looks for due deliveries; bounds how late a scheduled post can be.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed delivery stays this instance's; must exceed <see cref="CallTimeout"/> by a margin.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How long one platform call may take before its outcome is taken as unknown.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries claimed per round.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Deliveries processed at the same time by this instance.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>When an unknown outcome is first reconciled, after the platform has had a moment to settle.</summary>
    public TimeSpan ReconcileDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a manager has, at least, before a scheduled post's advice request escalates.</summary>
    public TimeSpan AdviceLeadTime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often a delivery kept back by a hold (freeze, no platform decision) is looked at again.</summary>
    public TimeSpan HoldRecheck { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often overdue advice requests are looked for.</summary>
    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
