namespace Protocolwacht.Imports.Posts;

/// <summary>Guesses a media type from a MIME type or a file name, for exports that say neither plainly.</summary>
internal static class MediaTypes
{
    public static ImportedMediaType FromMime(string? mime) => mime switch
    {
        null => ImportedMediaType.Other,
        "image/gif" => ImportedMediaType.Animation,
        _ when mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase) => ImportedMediaType.Image,
        _ when mime.StartsWith("video/", StringComparison.OrdinalIgnoreCase) => ImportedMediaType.Video,
        _ when mime.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) => ImportedMediaType.Audio,
        _ => ImportedMediaType.Other,
    };

    public static ImportedMediaType FromFileName(string? name)
    {
        var path = name is null ? string.Empty : name.Split('?', '#')[0];
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" or ".png" or ".webp" or ".heic" or ".bmp" => ImportedMediaType.Image,
            ".gif" => ImportedMediaType.Animation,
            ".mp4" or ".mov" or ".m4v" or ".webm" => ImportedMediaType.Video,
            ".mp3" or ".m4a" or ".ogg" or ".wav" => ImportedMediaType.Audio,
            _ => ImportedMediaType.Other,
        };
    }
}
