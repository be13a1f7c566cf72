namespace Protocolwacht.Checks;

/// <summary>
/// What the author declares about an attached image, video or file. <see cref="Permission"/> is the
/// owner's permission for third-party material (null: not recorded); <see cref="Depicts"/> holds student
/// ids from the roster; <see cref="UnidentifiedPeople"/> counts recognisable people not in <see cref="Depicts"/>.
/// </summary>
public sealed record AttachmentInfo(
    string Kind,
    string? Description,
    AttachmentSource Source,
    bool? Permission,
    IReadOnlyList<string> Depicts,
    int UnidentifiedPeople,
    bool Logo);
