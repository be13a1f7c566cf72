namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>
/// The result of applying a pupil import: <see cref="Applied"/> is false when the file had problems or when
/// the database changed since the preview (then <see cref="Preview"/> is the new preview to look at again).
/// </summary>
public sealed record PupilImportOutcome(bool Applied, PupilImportPreview Preview);
