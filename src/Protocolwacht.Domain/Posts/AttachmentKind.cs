namespace Protocolwacht.Domain.Posts;

public enum AttachmentKind
{
    Image,
    Video,
    Document,
}
