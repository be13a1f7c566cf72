namespace Protocolwacht.Domain.Consent;

/// <summary>
/// One recorded change of a student's consent for one purpose; the history is a list of these in
/// <see cref="Sequence"/> order and is never rewritten.
/// </summary>
/// <param name="GivenBy">A parent id, <see cref="ConsentGiver.StudentAged16OrOlder"/>, or null.</param>
/// <param name="ValidFrom">First day the answer applies; null means from <paramref name="ChangedAt"/>.</param>
/// <param name="WithdrawnAt">When the consent was withdrawn; from then on it counts as no.</param>
/// <param name="ChangedBy">Staff id of whoever recorded it, or <c>import</c>.</param>
public sealed record ConsentRecord(
    long Sequence,
    string StudentId,
    string PurposeCode,
    ConsentValue Value,
    string? GivenBy,
    DateOnly? ValidFrom,
    DateTimeOffset? WithdrawnAt,
    string? Note,
    string ChangedBy,
    DateTimeOffset ChangedAt);
