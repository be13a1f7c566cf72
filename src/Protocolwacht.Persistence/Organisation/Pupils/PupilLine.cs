using Protocolwacht.Imports.School;

namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>A pupil read from an export with the row it came from, so a problem found later still names the row.</summary>
public sealed record PupilLine(int Line, ImportedPupil Pupil);
