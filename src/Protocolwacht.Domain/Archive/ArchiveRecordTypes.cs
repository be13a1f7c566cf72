namespace Protocolwacht.Domain.Archive;

/// <summary>
/// The stored names of the archive's record types. A name never changes meaning: a new shape of a record
/// gets a new name (<c>published.v2</c>) and readers keep understanding the old one.
/// </summary>
public static class ArchiveRecordTypes
{
    /// <summary>One post delivered to one account (<see cref="PublishedRecord"/>).</summary>
    public const string Published = "published.v1";

    /// <summary>The content of an earlier record was removed (<see cref="RedactionRecord"/>): a lawful request or the end of retention.</summary>
    public const string Redaction = "redaction.v1";

    /// <summary>A post read from a platform's export and checked at import (<see cref="ImportedRecord"/>).</summary>
    public const string Imported = "imported.v1";

    /// <summary>A correction of a published post on one account (<see cref="RevisionRecord"/>): edited, or a correction reply.</summary>
    public const string Revision = "revision.v1";

    /// <summary>A published post removed from one account after an approved deletion (<see cref="TombstoneRecord"/>); the original stays.</summary>
    public const string Tombstone = "tombstone.v1";

    /// <summary>Reconciliation found a post of the archive gone from its account, not deleted here (<see cref="DisappearedRecord"/>).</summary>
    public const string Disappeared = "disappeared.v1";

    public static IReadOnlyList<string> All { get; } = [Published, Redaction, Imported, Revision, Tombstone, Disappeared];
}
