using Protocolwacht.Checks;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.Web.Features.Compose;

namespace Protocolwacht.Web.Features.Attachments;

/// <summary>Stores an uploaded file in the database (so every instance serves it) and describes it for the post.</summary>
public static class AttachmentStore
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static async Task<PostAttachment?> StoreAsync(ProtocolwachtDbContext db, ComposeForm form, string uploadedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        if (form.Upload is not { Length: > 0 and <= MaxBytes } file)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var stored = new StoredAttachment
        {
            Id = Guid.NewGuid(),
            FileName = Path.GetFileName(file.FileName),
            ContentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
            Content = buffer.ToArray(),
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
        db.StoredAttachments.Add(stored);
        return new PostAttachment(
            stored.Id,
            KindOf(stored.ContentType),
            stored.FileName,
            string.IsNullOrWhiteSpace(form.UploadDescription) ? null : form.UploadDescription.Trim(),
            Codes.TryParseSource(form.UploadSource, out var source) ? source : AttachmentSource.Unknown,
            form.UploadPermission switch { "ja" => true, "nee" => false, _ => null },
            [.. form.UploadDepicts.Distinct(StringComparer.Ordinal)],
            Math.Max(0, form.UploadUnidentified),
            form.UploadLogo);
    }

    private static AttachmentKind KindOf(string contentType) =>
        contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? AttachmentKind.Image
        : contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) ? AttachmentKind.Video
        : AttachmentKind.Document;
}
