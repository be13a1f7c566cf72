namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>
/// One addressable part of the protocol (a guideline, a do, a don't, the account rules, a background
/// point or a core value): an id findings cite and pages link to (<c>/protocol#R4</c>), and its text as
/// blocks (a paragraph or a list).
/// </summary>
public sealed record ProtocolPart(string Id, IReadOnlyList<ProtocolBlock> Blocks, bool IsCoreValue)
{
    /// <summary>The whole text on one line, lists joined with commas; for tooltips, the API and the composer.</summary>
    public string PlainText => string.Join(" ", Blocks.Select(b => b.Text ?? string.Join(", ", b.Items ?? [])));
}

/// <summary>A paragraph (<see cref="Text"/>) or a bulleted list (<see cref="Items"/>); exactly one is set.</summary>
public sealed record ProtocolBlock(string? Text, IReadOnlyList<string>? Items);
