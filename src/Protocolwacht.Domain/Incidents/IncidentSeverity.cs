namespace Protocolwacht.Domain.Incidents;

/// <summary>How serious an incident is, as the handler judges it. Stored by name; never rename.</summary>
public enum IncidentSeverity
{
    Low,
    Medium,
    High,
    Critical,
}

public static class IncidentSeverityNames
{
    public static string ToDutch(this IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Low => "laag",
        IncidentSeverity.Medium => "middel",
        IncidentSeverity.High => "hoog",
        IncidentSeverity.Critical => "zeer hoog",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}
