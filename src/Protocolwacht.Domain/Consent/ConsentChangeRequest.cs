namespace Protocolwacht.Domain.Consent;

/// <summary>
/// What someone wants recorded for one student and purpose. <see cref="Withdraw"/> records that a
/// consent given earlier is withdrawn now (it then counts as no); otherwise <see cref="Value"/> is recorded.
/// </summary>
public sealed record ConsentChangeRequest(
    string StudentId,
    string PurposeCode,
    ConsentValue Value,
    string? GivenBy,
    DateOnly? ValidFrom,
    bool Withdraw,
    string? Note);
