namespace Protocolwacht.Persistence.Organisation;

public class SchoolEntity : IKeyedRow
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? Town { get; set; }
    public List<string> Domains { get; set; } = [];
    public List<string> Emails { get; set; } = [];
    public List<string> Phones { get; set; } = [];
    public List<string> Websites { get; set; } = [];
    public string? Address { get; set; }

    /// <summary>The school's BRIN number (<c>12AB</c>, or with its location <c>12AB00</c>), by which school-system exports name it.</summary>
    public string? Brin { get; set; }

    /// <summary>
    /// Working days a manager has to answer an advice request from this school's staff; null for the board's
    /// default (<c>Advice:WorkingDays</c>).
    /// </summary>
    public int? AdviceWorkingDays { get; set; }

    /// <summary>Keeps the order of the organisation file so lists read as the board wrote them.</summary>
    public int SortOrder { get; set; }
}
