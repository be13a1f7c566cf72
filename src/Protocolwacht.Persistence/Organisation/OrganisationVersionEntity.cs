namespace Protocolwacht.Persistence.Organisation;

/// <summary>
/// The one row that says which version of the organisation the database holds: <see cref="Stamp"/> is replaced in the
/// same transaction as every write to a table the check engine's organisation model is read from (board, schools,
/// accounts, staff, pupils, parents, consent) and to the protocol versions, by <see cref="OrganisationVersionInterceptor"/>
/// for tracked changes and by <see cref="OrganisationVersion.BumpAsync"/> for bulk deletes. A cache keyed by the stamp
/// stays valid until the stamp changes, whichever instance (web app or CLI) made the change.
/// </summary>
public sealed class OrganisationVersionEntity
{
    /// <summary>The id of the only row (seeded by the migration).</summary>
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    /// <summary>A new random value at every change; only equality means anything.</summary>
    public Guid Stamp { get; set; }
}
