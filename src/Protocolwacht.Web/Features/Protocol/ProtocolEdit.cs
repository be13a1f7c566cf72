using Protocolwacht.Domain.ProtocolDocument;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>
/// The editor's form applied to the current version: each part's text box replaces that part's blocks and
/// each introduction box a section's paragraphs; ids, order and everything not in the form stay as they were
/// (a change of structure goes through the JSON form). An emptied part stays empty, so the document's own
/// validation says which part needs text.
/// </summary>
public static class ProtocolEdit
{
    public static ProtocolDocument Apply(ProtocolDocument current, IReadOnlyDictionary<string, string> parts, IReadOnlyDictionary<string, string> introductions)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(introductions);
        return current with
        {
            Sections = [.. current.Sections.Select(section => section with
            {
                Paragraphs = introductions.TryGetValue(section.Id, out var introduction)
                    ? [.. PartText.Read(introduction).Select(b => b.Text ?? string.Join(", ", b.Items ?? []))]
                    : section.Paragraphs,
                Parts = [.. section.Parts.Select(part => parts.TryGetValue(part.Id, out var text)
                    ? part with { Blocks = PartText.Read(text) }
                    : part)],
            })],
        };
    }
}
