namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>A version of the protocol as published: numbered from 1, with who published it, when and why.</summary>
public sealed record PublishedProtocol(int Number, ProtocolDocument Document, string? ChangeNote, string PublishedBy, DateTimeOffset PublishedAt);
