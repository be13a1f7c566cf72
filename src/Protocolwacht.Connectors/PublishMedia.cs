namespace Protocolwacht.Connectors;

/// <summary>
/// One attachment. <see cref="PublicUrl"/> is required by platforms that fetch media themselves
/// (Instagram, Facebook); <see cref="Content"/> by platforms that take an upload.
/// </summary>
public sealed record PublishMedia(MediaKind Kind, string FileName, string ContentType)
{
    public Uri? PublicUrl { get; init; }

    public ReadOnlyMemory<byte>? Content { get; init; }

    /// <summary>Description for people using a screen reader.</summary>
    public string? AltText { get; init; }
}
