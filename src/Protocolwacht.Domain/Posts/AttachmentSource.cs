namespace Protocolwacht.Domain.Posts;

/// <summary>Who made an attachment: the school itself, someone else (copyright, DO5), or not known.</summary>
public enum AttachmentSource
{
    Own,
    ThirdParty,
    Unknown,
}
