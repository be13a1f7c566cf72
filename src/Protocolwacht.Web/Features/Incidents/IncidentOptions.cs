namespace Protocolwacht.Web.Features.Incidents;

/// <summary>Settings of the incident register (section <c>Incidents</c>).</summary>
public sealed class IncidentOptions
{
    /// <summary>Per school id, the staff id of its contact person for online safety (first handler of its incidents).</summary>
    public Dictionary<string, string> ContactPersons { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The staff id of the board's privacy officer (functionaris gegevensbescherming); administrators when empty.</summary>
    public string? PrivacyOfficer { get; set; }

    /// <summary>Reports accepted from one address per <see cref="ReportWindow"/> on the public page /melden.</summary>
    public int ReportsPerWindow { get; set; } = 5;

    public TimeSpan ReportWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the datalek clock looks for reminders that became due.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(1);
}
