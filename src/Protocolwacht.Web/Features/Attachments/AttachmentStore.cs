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
    /// Adds the form's upload to the unit of work with the content type its bytes show
    /// (<see cref="UploadedFileType"/>); null when there is no upload. The caller has refused a file of
    /// another type already (<see cref="RefusalAsync"/>).
    /// </summary>
    public static async Task<PostAttachment?> StoreAsync(ProtocolwachtDbContext db, ComposeForm form, string uploadedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        if (form.Upload is not { Length: > 0 and <= MaxBytes } file)
        {
            return null;
        }

        var content = await ReadAsync(file, cancellationToken);
        var type = UploadedFileType.Detect(content) ?? throw new InvalidOperationException("The upload was not checked before storing it.");
        var stored = new StoredAttachment
        {
            Id = Guid.NewGuid(),
            FileName = Path.GetFileName(file.FileName),
            ContentType = type.ContentType,
            Content = content,
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

    /// <summary>The Dutch reason an upload is refused, or null when it is a type the platforms take.</summary>
    public static async Task<string?> RefusalAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is not { Length: > 0 and <= MaxBytes } file)
        {
            return null;
        }

        return UploadedFileType.Detect(await ReadAsync(file, cancellationToken)) is null
            ? $"De bijlage '{Path.GetFileName(file.FileName)}' is geen afbeelding, video of document dat de platforms aannemen. Toegestaan: {UploadedFileType.AcceptedNames}."
            : null;
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
