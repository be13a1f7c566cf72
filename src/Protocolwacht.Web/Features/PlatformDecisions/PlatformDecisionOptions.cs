namespace Protocolwacht.Web.Features.PlatformDecisions;

/// <summary>Settings of the platform permission register (section <c>PlatformDecisions</c>).</summary>
public sealed class PlatformDecisionOptions
{
    /// <summary>How long before the review date administrators are reminded.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the reminder job looks for decisions nearing their review date.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}
