namespace Protocolwacht.Domain.Posts;

/// <summary>
/// What the workflow and the check know about one attachment. The bytes live elsewhere (by
/// <see cref="BlobId"/>) so every app instance can read them. <see cref="Permission"/> is null when
/// not recorded; <see cref="DepictedStudentIds"/> are roster ids of the author's school;
/// <see cref="UnidentifiedPeople"/> counts recognisable people not in that list.
/// </summary>
public sealed record PostAttachment(
    Guid BlobId,
    AttachmentKind Kind,
    string FileName,
    string? Description,
    AttachmentSource Source,
    bool? Permission,
    IReadOnlyList<string> DepictedStudentIds,
    int UnidentifiedPeople,
    bool Logo);
