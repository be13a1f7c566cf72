namespace Protocolwacht.Domain.Posts;

/// <summary>
/// Who made an attachment: the school itself, someone else (copyright, DO5), or not known. The check
/// engine reads it from a post's attachments as they are. JSON codes: own, third-party, unknown.
/// </summary>
public enum AttachmentSource
{
    Own,
    ThirdParty,
    Unknown,
}
