namespace Protocolwacht.Persistence.Audit;

/// <summary>
/// Records who did what in the audit log. <see cref="RecordAsync"/> adds the entry to the caller's unit of
/// work (the scoped <see cref="ProtocolwachtDbContext"/>) without saving, so it commits together with the
/// change it records, or not at all. Pass ids and short facts only: never post text, names or addresses.
/// </summary>
public interface IAuditLog
{
    /// <param name="actor">The staff id of who did it, or one of <see cref="AuditActors"/>.</param>
    /// <param name="action">One of <see cref="AuditActions"/>.</param>
    /// <param name="subject">What was changed, as "kind:id" (<c>account:regenboog-x</c>).</param>
    /// <param name="details">A short, content-free description; cut at <see cref="AuditLog.MaxDetailsLength"/> characters.</param>
    Task RecordAsync(string actor, string action, string subject, string? details = null, CancellationToken cancellationToken = default);

    /// <summary>Records and saves at once: for events that change nothing else (a sign-in, a failed sign-in).</summary>
    Task RecordNowAsync(string actor, string action, string subject, string? details = null, CancellationToken cancellationToken = default);
}
