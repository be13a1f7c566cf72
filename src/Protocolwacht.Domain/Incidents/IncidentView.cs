namespace Protocolwacht.Domain.Incidents;

/// <summary>One time someone opened an incident: the register's access log. Rows are only ever added.</summary>
public sealed class IncidentView
{
    public IncidentView(Guid id, Guid incidentId, string staffId, DateTimeOffset at)
    {
        Id = id;
        IncidentId = incidentId;
        StaffId = staffId;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid IncidentId { get; private set; }
    public string StaffId { get; private set; }
    public DateTimeOffset At { get; private set; }
}
