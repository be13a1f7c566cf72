namespace Protocolwacht.Imports.Posts;

/// <summary>
/// A photo, video or other file attached to a post. <see cref="FileName"/> is the path inside the
/// export (where the file itself is), <see cref="Url"/> where the platform served it; either may be
/// absent. <see cref="AltText"/> is the image description when the export has one.
/// </summary>
public sealed record ImportedMedia(ImportedMediaType Type, string? FileName, string? Url, string? AltText = null);

public enum ImportedMediaType
{
    Image,
    Video,

    /// <summary>An animated GIF (X converts them to video; the export still says what it was).</summary>
    Animation,
    Audio,
    Other,
}
