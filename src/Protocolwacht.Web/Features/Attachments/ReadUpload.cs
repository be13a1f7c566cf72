namespace Protocolwacht.Web.Features.Attachments;

/// <summary>
/// An upload read into memory once and judged by its bytes (<see cref="UploadedFileType"/>): the page
/// validates it and the store saves it from the same read, so a 20 MB file is neither copied nor unzipped twice.
/// </summary>
public sealed record ReadUpload(string FileName, byte[] Content, UploadedFileType? Type)
{
    /// <summary>The Dutch reason the upload is refused, or null when it is a type the platforms take.</summary>
    public string? Refusal => Type is null
        ? $"De bijlage '{FileName}' is geen afbeelding, video of document dat de platforms aannemen. Toegestaan: {UploadedFileType.AcceptedNames}."
        : null;
}
