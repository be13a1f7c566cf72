namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Content of an <c>imported.v1</c> record: a post placed on one of the board's accounts before (or outside)
/// Protocolwacht, read from the platform's own export and checked against the protocol in force at import
/// (issue #13 item 1). <see cref="Label"/> is always "geïmporteerd", so a reader of the archive never takes it
/// for a publication this app checked before it went out. <see cref="PostedAt"/> is the platform's time (UTC).
/// </summary>
public sealed record ImportedRecord(
    string AccountId,
    string Format,
    string PlatformId,
    string Fingerprint,
    string? Url,
    string Text,
    DateTimeOffset PostedAt,
    string Kind,
    string? ParentId,
    string? SharedUrl,
    string? Title,
    bool Deleted,
    IReadOnlyList<ImportedMediaInfo> Media,
    ArchivedCheck Check,
    string SourceFile,
    string ImportedBy)
{
    public const string ImportedLabel = "geïmporteerd";

    public string Label { get; init; } = ImportedLabel;
}

/// <summary>Metadata of a photo or video of an imported post; the file itself is not imported.</summary>
public sealed record ImportedMediaInfo(string Type, string? FileName, string? Url, string? AltText);
