namespace Protocolwacht.Domain.Posts;

/// <summary>
/// An attachment's kind and source as a reader says them ("afbeelding", "eigen werk"), where the enum's name is for
/// code and storage. Pages print them through <c>T(…)</c>, so an English reader gets the English words.
/// </summary>
public static class AttachmentNames
{
    public static string ToDutch(this AttachmentKind kind) => kind switch
    {
        AttachmentKind.Image => "afbeelding",
        AttachmentKind.Video => "video",
        AttachmentKind.Document => "document",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToDutch(this AttachmentSource source) => source switch
    {
        AttachmentSource.Own => "eigen werk",
        AttachmentSource.ThirdParty => "van iemand anders",
        AttachmentSource.Unknown => "onbekend",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };
}
