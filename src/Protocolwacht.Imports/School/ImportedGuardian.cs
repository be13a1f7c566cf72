namespace Protocolwacht.Imports.School;

/// <summary>
/// A parent or guardian of a pupil: the name as the school wrote it, the relation, and a way to reach
/// them, which is what recording and asking for consent needs; no address, no other personal data.
/// </summary>
public sealed record ImportedGuardian(string Name, GuardianRelation Relation, string? Email, string? Phone);

public enum GuardianRelation
{
    Unknown,
    Mother,
    Father,
    Parent,
    Carer,
    Guardian,
    FosterParent,
}
