namespace Protocolwacht.Persistence.Audit;

/// <summary>
/// One line of the audit log: who did what to which thing, when. Never updated nor deleted (triggers and
/// <see cref="Archive.AppendOnlyInterceptor"/>). Holds no post text and no personal data beyond the
/// actor's staff id and the subject's id: a name, an address or a message belongs in the feature's own table.
/// </summary>
public sealed class AuditEntryEntity
{
    /// <summary>Assigned by the database, increasing; orders entries of the same moment.</summary>
    public long Id { get; set; }

    /// <summary>Server time (UTC) of the change.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The staff id of who did it, or <see cref="AuditActors.System"/>/<see cref="AuditActors.CommandLine"/>.</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What was changed, as "kind:id" (<c>account:regenboog-x</c>, <c>leerling:s-1001</c>).</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>A short, content-free description of the change (at most <see cref="AuditLog.MaxDetailsLength"/> characters).</summary>
    public string? Details { get; set; }
}
