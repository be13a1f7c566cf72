namespace Protocolwacht.Imports.Posts;

/// <summary>
/// One post from a platform's export, in the shape every export format is read into.
/// <see cref="CreatedAt"/> is always UTC (offset zero), whatever zone the file wrote it in.
/// <see cref="Text"/> is plain text: HTML removed, entities decoded, Facebook's mojibake repaired,
/// X's t.co links replaced by the address they stand for. <see cref="PlatformId"/> is stable across
/// re-imports of the same export (the platform's own id where the export has one, otherwise a
/// fingerprint of the post), so an import can recognise what it already has.
/// </summary>
public sealed record ImportedPost(
    ImportPlatform Platform,
    string PlatformId,
    DateTimeOffset CreatedAt,
    string Text,
    string? Url,
    ImportedPostKind Kind,
    string? ParentId,
    IReadOnlyList<ImportedMedia> Media,
    string? SharedUrl = null,
    string? Title = null,
    bool IsDeleted = false)
{
    /// <summary>A post without text, media or link: deleted content, or an activity without words.</summary>
    public bool IsEmpty => Text.Length == 0 && Media.Count == 0 && SharedUrl is null;
}
