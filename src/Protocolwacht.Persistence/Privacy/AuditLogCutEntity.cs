namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// The record of one removal from the audit log by retention: entries of <see cref="Kind"/> up to and
/// including <see cref="UpToId"/> may be deleted, nothing else. The database refuses a DELETE on
/// <c>audit_log</c> that no cut covers (<see cref="AuditRetentionTriggers"/>), and cuts themselves are
/// never changed nor deleted, so the log says forever how much was removed and when.
/// </summary>
public sealed class AuditLogCutEntity
{
    public long Id { get; set; }

    /// <summary>When the cut was made (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary><see cref="AuditLogCutKinds.SignIns"/> or <see cref="AuditLogCutKinds.Other"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The highest audit entry id the cut covers (inclusive).</summary>
    public long UpToId { get; set; }

    /// <summary>Every entry before this moment (UTC) was due; kept for the processing register and the audit page.</summary>
    public DateTimeOffset Before { get; set; }

    /// <summary>How many entries the cut removed.</summary>
    public int Removed { get; set; }
}

/// <summary>The two kinds of audit entries with a retention period of their own.</summary>
public static class AuditLogCutKinds
{
    /// <summary>Sign-in records: <c>sign-in.succeeded</c> and <c>sign-in.failed</c>.</summary>
    public const string SignIns = "sign-ins";

    /// <summary>Every other audit entry.</summary>
    public const string Other = "other";
}
