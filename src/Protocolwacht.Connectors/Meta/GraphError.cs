namespace Protocolwacht.Connectors.Meta;

/// <summary>The fields of a Graph API error object that decide what an error means.</summary>
internal sealed record GraphError(int Code, int? Subcode, string? Message, string? UserMessage, bool IsTransient);
