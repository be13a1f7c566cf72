namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>
/// The social media protocol as structured text: sections in reading order, each with paragraphs and
/// addressable parts (R1–R10, DO1–DO8, DONT1–DONT9, ACCOUNT, BG1–BG7, the core values). Immutable; a
/// change to the protocol is a new published version, never an edit of this one.
/// </summary>
public sealed record ProtocolDocument(string Title, string? TitleNote, IReadOnlyList<ProtocolSection> Sections)
{
    /// <summary>Every part in reading order.</summary>
    public IEnumerable<ProtocolPart> Parts => Sections.SelectMany(s => s.Parts);

    public ProtocolPart? FindPart(string id) => Parts.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    /// <summary>The core values ("kernwaarden") the board carries out.</summary>
    public IEnumerable<ProtocolPart> CoreValues => Parts.Where(p => p.IsCoreValue);

    /// <summary>The Konot protocol shipped with the app (transcribed from the board's document).</summary>
    public static ProtocolDocument Konot => KonotDocument.Value;

    private static readonly Lazy<ProtocolDocument> KonotDocument = new(() =>
    {
        using var stream = typeof(ProtocolDocument).Assembly.GetManifestResourceStream("Protocolwacht.Domain.konot-protocol.json")
            ?? throw new InvalidOperationException("The Konot protocol is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var result = ProtocolDocumentJson.Parse(reader.ReadToEnd());
        return result.Document ?? throw new InvalidOperationException("The embedded protocol is invalid: " + string.Join("; ", result.Errors));
    });
}
