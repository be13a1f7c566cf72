namespace Protocolwacht.Imports.School;

/// <summary>
/// One row of a separate parents' file: a guardian and the pupil numbers of their children (one
/// guardian may have several children at the board's schools).
/// </summary>
public sealed record ImportedGuardianLink(IReadOnlyList<string> PupilNumbers, ImportedGuardian Guardian);
