namespace Protocolwacht.Persistence.Posts;

/// <summary>A manager who is away: requests for advice skip them and go to the next one up.</summary>
public class StaffAbsence
{
    public string StaffId { get; set; } = string.Empty;
    public DateTimeOffset Since { get; set; }
}
