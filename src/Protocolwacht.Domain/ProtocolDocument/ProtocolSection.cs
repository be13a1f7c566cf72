namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>
/// A section of the protocol. <see cref="Id"/> is its anchor; <see cref="Heading"/> is null for text that
/// follows the previous section without a heading of its own. <see cref="Level"/> is 2 for a main section
/// and 3 for a subsection. <see cref="Closing"/> holds paragraphs after the parts (a footnote).
/// </summary>
public sealed record ProtocolSection(
    string Id,
    string? Heading,
    int Level,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ProtocolPart> Parts,
    IReadOnlyList<string> Closing);
