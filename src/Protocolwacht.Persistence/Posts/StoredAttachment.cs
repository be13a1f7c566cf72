namespace Protocolwacht.Persistence.Posts;

/// <summary>
/// The bytes of an attachment, kept in the database so every app instance can serve them. Uploaded by
/// <see cref="UploadedBy"/> before the post exists; a post refers to it by <see cref="Id"/>.
/// </summary>
public class StoredAttachment
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = string.Empty;
    public string ContentType { get; set; } = string.Empty;
    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = string.Empty;
    public DateTimeOffset UploadedAt { get; set; }
}
