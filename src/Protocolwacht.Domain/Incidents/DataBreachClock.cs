using System.Globalization;

namespace Protocolwacht.Domain.Incidents;

/// <summary>
/// The 72-hour clock of AVG article 33: a personal-data breach is reported to the Autoriteit
/// Persoonsgegevens within 72 hours of its discovery. All arithmetic is on UTC instants, so a
/// daylight-saving change in between neither adds nor takes away an hour, and a restart changes
/// nothing: everything follows from the stored moment of discovery.
/// </summary>
public static class DataBreachClock
{
    public static readonly TimeSpan ReportingPeriod = TimeSpan.FromHours(72);

    /// <summary>Reminders to the handler and the privacy officer, after discovery.</summary>
    public static readonly IReadOnlyList<TimeSpan> Reminders = [TimeSpan.FromHours(24), TimeSpan.FromHours(48)];

    public static DateTimeOffset Deadline(DateTimeOffset discoveredAt) => discoveredAt.ToUniversalTime() + ReportingPeriod;

    /// <summary>Time left until the deadline; negative once it has passed.</summary>
    public static TimeSpan Remaining(DateTimeOffset discoveredAt, DateTimeOffset now) => Deadline(discoveredAt) - now;

    /// <summary>Dutch template of the time left: {0} hours, {1} minutes. Templates, so a page can say them in its reader's language.</summary>
    public const string RemainingText = "nog {0} uur en {1} minuten";

    /// <summary>Dutch template of the time since the deadline: {0} hours, {1} minutes.</summary>
    public const string OverdueText = "termijn verstreken sinds {0} uur en {1} minuten";

    /// <summary>"nog 47 uur en 59 minuten" or "termijn verstreken sinds 3 uur en 5 minuten".</summary>
    public static string RemainingInDutch(DateTimeOffset discoveredAt, DateTimeOffset now)
    {
        var left = Remaining(discoveredAt, now);
        var span = left.Duration();
        return string.Format(CultureInfo.InvariantCulture, left >= TimeSpan.Zero ? RemainingText : OverdueText, (int)span.TotalHours, span.Minutes);
    }
}
