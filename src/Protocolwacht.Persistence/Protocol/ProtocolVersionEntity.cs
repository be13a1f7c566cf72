namespace Protocolwacht.Persistence.Protocol;

/// <summary>
/// One published version of the protocol. Versions are inserted, never edited: a change is a new
/// version with a higher <see cref="Number"/>.
/// </summary>
public class ProtocolVersionEntity
{
    public int Number { get; set; }
    public string Title { get; set; } = string.Empty;

    /// <summary>The whole document as JSON (the format of the shipped protocol document).</summary>
    public string Document { get; set; } = string.Empty;
    public string? ChangeNote { get; set; }
    public string PublishedBy { get; set; } = string.Empty;
    public DateTimeOffset PublishedAt { get; set; }
}
