using System.IO.Compression;
using System.Text;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Attachments;

/// <summary>
/// What an uploaded file is, judged by its first bytes (magic numbers), never by its name or the type the
/// browser sent: only the image, video and document types the platforms take. Everything else (HTML, SVG,
/// scripts, archives) is refused, so an attachment can never be served as a page that runs in the app's origin.
/// </summary>
public sealed record UploadedFileType(string ContentType, AttachmentKind Kind)
{
    /// <summary>The names of the accepted types, for the Dutch refusal.</summary>
    public const string AcceptedNames = "JPEG, PNG, GIF, WebP, MP4, MOV, PDF, Word (.docx) of PowerPoint (.pptx)";

    public static UploadedFileType? Detect(ReadOnlySpan<byte> content) =>
        StartsWith(content, [0xFF, 0xD8, 0xFF]) ? new("image/jpeg", AttachmentKind.Image)
        : StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? new("image/png", AttachmentKind.Image)
        : StartsWith(content, "GIF87a"u8) || StartsWith(content, "GIF89a"u8) ? new("image/gif", AttachmentKind.Image)
        : StartsWith(content, "RIFF"u8) && content.Length >= 12 && content[8..12].SequenceEqual("WEBP"u8) ? new("image/webp", AttachmentKind.Image)
        : IsoMediaBrand(content) is { } brand ? IsoMedia(brand)
        : StartsWith(content, "%PDF-"u8) ? new("application/pdf", AttachmentKind.Document)
        : StartsWith(content, [0x50, 0x4B, 0x03, 0x04]) ? OfficeDocument(content)
        : null;

    private static bool StartsWith(ReadOnlySpan<byte> content, ReadOnlySpan<byte> magic) => content.StartsWith(magic);

    // The same ISO box structure holds HEIF/AVIF photos and audio; those are no video and the platforms do not take them.
    private static readonly HashSet<string> NotVideoBrands =
        new(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis", "M4A ", "M4B ", "M4P ", "F4A "], StringComparer.Ordinal);

    private static UploadedFileType? IsoMedia(string brand) =>
        brand == "qt  " ? new("video/quicktime", AttachmentKind.Video)
        : NotVideoBrands.Contains(brand) ? null
        : new("video/mp4", AttachmentKind.Video);

    // MP4 and QuickTime: a box of type "ftyp" at offset 4, its major brand after it.
    private static string? IsoMediaBrand(ReadOnlySpan<byte> content) =>
        content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) ? Encoding.ASCII.GetString(content[8..12]) : null;

    // A ZIP is only accepted as the Office document it claims to be by its own content types part.
    private static UploadedFileType? OfficeDocument(ReadOnlySpan<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray()), ZipArchiveMode.Read);
            var parts = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!parts.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return parts.Contains("word/document.xml") ? new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", AttachmentKind.Document)
                : parts.Contains("ppt/presentation.xml") ? new("application/vnd.openxmlformats-officedocument.presentationml.presentation", AttachmentKind.Document)
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
