namespace Protocolwacht.Persistence.Consent;

/// <summary>
/// One change of a student's consent for one purpose. Append-only: rows are inserted, never updated or
/// deleted; the current consent is the row with the highest <see cref="Sequence"/> per student and purpose.
/// </summary>
public class ConsentChangeEntity
{
    public long Sequence { get; set; }
    public string StudentId { get; set; } = string.Empty;
    public string PurposeCode { get; set; } = string.Empty;

    /// <summary>yes, no or unknown (<see cref="Domain.Consent.ConsentValue"/> codes).</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>A parent id, <c>student</c> for a student of 16 or older, or null when nobody gave it.</summary>
    public string? GivenBy { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? Note { get; set; }

    /// <summary>Staff id of whoever recorded the change, or <c>import</c> for the organisation file.</summary>
    public string ChangedBy { get; set; } = string.Empty;
    public DateTimeOffset ChangedAt { get; set; }
}
