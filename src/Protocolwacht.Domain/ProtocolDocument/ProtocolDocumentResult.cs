namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>Either a complete protocol document or the Dutch list of what is wrong with it, never both.</summary>
public sealed record ProtocolDocumentResult(ProtocolDocument? Document, IReadOnlyList<string> Errors)
{
    public static ProtocolDocumentResult Failed(params string[] errors) => new(null, errors);
}
