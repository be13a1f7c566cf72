namespace Protocolwacht.Connectors;

public enum MediaKind
{
    Image,
    Video,
    Document,
}
