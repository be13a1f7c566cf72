namespace Protocolwacht.Persistence.Protocol;

/// <summary>
/// Whether staff have read and understood ("gelezen en begrepen") the current protocol. The composer asks
/// <see cref="HasAcknowledgedCurrentAsync"/> before it lets anyone write a post.
/// </summary>
public interface IProtocolAcknowledgements
{
    Task<bool> HasAcknowledgedCurrentAsync(string staffId, CancellationToken cancellationToken = default);

    /// <summary>The newest version this staff member acknowledged, or null when none: what changed since is shown to them.</summary>
    Task<int?> LastAcknowledgedVersionAsync(string staffId, CancellationToken cancellationToken = default);

    /// <summary>Records the acknowledgement of <paramref name="versionNumber"/>; acknowledging twice keeps the first moment.</summary>
    Task<AcknowledgementResult> AcknowledgeAsync(string staffId, int versionNumber, CancellationToken cancellationToken = default);

    /// <summary>Every staff member with the moment they acknowledged the current version, or null when they have not.</summary>
    Task<List<AcknowledgementStatus>> StatusOfCurrentAsync(CancellationToken cancellationToken = default);
}

public enum AcknowledgementResult
{
    Recorded,
    AlreadyRecorded,

    /// <summary>Only the current version can be acknowledged; a stale page gets this.</summary>
    NotCurrentVersion,
}

public sealed record AcknowledgementStatus(string StaffId, string Name, string Role, string? SchoolId, int VersionNumber, DateTimeOffset? AcknowledgedAt);
