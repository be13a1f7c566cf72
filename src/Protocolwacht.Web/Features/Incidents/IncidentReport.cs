using Protocolwacht.Domain.Incidents;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>The fields of a report, from the staff form or the public page /melden.</summary>
public sealed class IncidentReport
{
    public string? SchoolId { get; set; }
    public IncidentCategory? Category { get; set; }
    public IncidentSeverity Severity { get; set; } = IncidentSeverity.Medium;
    public string? Description { get; set; }

    /// <summary>Dutch wall-clock time of discovery (datalek); now when empty.</summary>
    public DateTime? DiscoveredAt { get; set; }

    public string? ReporterContact { get; set; }
    public List<PersonInput> People { get; set; } = [new(), new(), new()];

    public sealed class PersonInput
    {
        public string? Role { get; set; }
        public string? Description { get; set; }
    }
}
