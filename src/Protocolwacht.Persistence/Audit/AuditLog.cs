namespace Protocolwacht.Persistence.Audit;

/// <summary>The audit log on the app's database; see <see cref="IAuditLog"/>.</summary>
public sealed class AuditLog(ProtocolwachtDbContext db, TimeProvider time) : IAuditLog
{
    public const int MaxDetailsLength = 500;

    public Task RecordAsync(string actor, string action, string subject, string? details = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(subject);
        db.AuditEntries.Add(new AuditEntryEntity
        {
            At = time.GetUtcNow(),
            Actor = Cut(actor, 100),
            Action = action,
            Subject = Cut(subject, 200),
            Details = details is null ? null : Cut(details, MaxDetailsLength),
        });
        return Task.CompletedTask;
    }

    public async Task RecordNowAsync(string actor, string action, string subject, string? details = null, CancellationToken cancellationToken = default)
    {
        await RecordAsync(actor, action, subject, details, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
