namespace Protocolwacht.Persistence.Organisation;

/// <summary>A student under an id of our own; no national number and no date of birth are stored.</summary>
public class StudentEntity : IKeyedRow
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string SchoolId { get; set; } = string.Empty;
    public string? Group { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The pupil number of the school system (leerlingnummer, stamnummer) that a pupil import matches on; null for students from an organisation file.</summary>
    public string? PupilNumber { get; set; }

    /// <summary>"16 of ouder" on the day of the last pupil import; the date of birth itself is never stored.</summary>
    public bool? SixteenOrOver { get; set; }

    /// <summary>
    /// The day the pupil left the school (from the export's leaving date, or the day an import no longer
    /// listed them). A pupil who left is kept for the retention period of their consent history, then removed.
    /// </summary>
    public DateOnly? LeftOn { get; set; }
}
