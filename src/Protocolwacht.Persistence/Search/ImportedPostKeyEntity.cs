namespace Protocolwacht.Persistence.Search;

/// <summary>
/// What an import already brought into the archive (<c>archive_import_keys</c>): per account, the platform's id
/// of the post and a fingerprint of its time and text, with the record that holds it. A re-import looks here and
/// adds nothing it finds. Derived from the <c>imported.v1</c> records.
/// </summary>
public class ImportedPostKeyEntity
{
    public string AccountId { get; set; } = string.Empty;
    public string PlatformId { get; set; } = string.Empty;
    public string Fingerprint { get; set; } = string.Empty;
    public long Sequence { get; set; }
}
