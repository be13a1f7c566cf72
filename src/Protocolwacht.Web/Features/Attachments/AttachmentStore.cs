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

    /// <summary>
    /// Reads the form's upload once, with the type its bytes show; null when there is no upload or it is
    /// larger than <see cref="MaxBytes"/> (the page refuses that by its length before reading).
    /// </summary>
    public static async Task<ReadUpload?> ReadAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is not { Length: > 0 and <= MaxBytes } file)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        return new ReadUpload(Path.GetFileName(file.FileName), content, UploadedFileType.Detect(content));
    }

    /// <summary>
    /// Adds a read upload to the unit of work with the content type its bytes show; null when there is none.
    /// The caller has refused an upload of another type already (<see cref="ReadUpload.Refusal"/>).
    /// </summary>
    public static PostAttachment? Store(ProtocolwachtDbContext db, ComposeForm form, ReadUpload? upload, string uploadedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        if (upload is null)
        {
            return null;
        }

        var type = upload.Type ?? throw new InvalidOperationException("The upload was not checked before storing it.");
        var stored = new StoredAttachment
        {
            Id = Guid.NewGuid(),
            FileName = upload.FileName,
            ContentType = type.ContentType,
            Content = upload.Content,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
        db.StoredAttachments.Add(stored);
        return new PostAttachment(
            stored.Id,
            type.Kind,
            stored.FileName,
            string.IsNullOrWhiteSpace(form.UploadDescription) ? null : form.UploadDescription.Trim(),
            Codes.TryParseSource(form.UploadSource, out var source) ? source : AttachmentSource.Unknown,
            form.UploadPermission switch { "ja" => true, "nee" => false, _ => null },
            [.. form.UploadDepicts.Distinct(StringComparer.Ordinal)],
            Math.Max(0, form.UploadUnidentified),
            form.UploadLogo);
    }
}
