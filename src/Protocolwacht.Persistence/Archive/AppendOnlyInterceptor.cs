using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// Refuses, before anything reaches the database, a save that would change or remove a row of an
/// append-only table: archive records, tree heads, signing keys, post transitions and the audit log. Archive content may
/// only be removed by the unit of work that wrote the redaction record naming it. The database triggers
/// (<see cref="AppendOnlyTriggers"/>) refuse the same for SQL that bypasses EF Core; this interceptor
/// gives code a clear error at the line that tried.
/// </summary>
public sealed class AppendOnlyInterceptor : SaveChangesInterceptor
{
    public static AppendOnlyInterceptor Instance { get; } = new();

    private static readonly HashSet<Type> AppendOnly =
    [
        typeof(ArchiveRecordEntity),
        typeof(ArchiveTreeHeadEntity),
        typeof(ArchiveSigningKeyEntity),
        typeof(PostTransition),
        typeof(Audit.AuditEntryEntity),
        typeof(Privacy.AuditLogCutEntity),
        typeof(Privacy.PostTransitionRedactionEntity),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refuse(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Refuse(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var entries = context.ChangeTracker.Entries().ToList();
        foreach (var entry in entries.Where(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            var type = entry.Metadata.ClrType;
            if (AppendOnly.Contains(type))
            {
                throw new AppendOnlyViolationException($"De tabel {entry.Metadata.GetTableName()} wordt alleen aangevuld: een rij {Change(entry.State)} is geweigerd. {NothingSaved}");
            }

            if (entry.Entity is ArchiveContentEntity content && !IsRedactedInThisSave(entries, entry, content))
            {
                throw new AppendOnlyViolationException(entry.State == EntityState.Modified
                    ? $"De inhoud van archiefrecord {content.Sequence} (tabel archive_contents) wordt nooit gewijzigd; alleen een redactierecord haalt inhoud weg. {NothingSaved}"
                    : $"De inhoud van archiefrecord {content.Sequence} kan alleen worden weggehaald samen met een redactierecord dat dat record noemt. {NothingSaved}");
            }
        }
    }

    // The messages are Dutch: the CLI prints them (DatabaseProblem), and the web's job log shows them to an administrator.
    private const string NothingSaved = "Er is niets opgeslagen.";

    private static string Change(EntityState state) => state == EntityState.Deleted ? "verwijderen" : "wijzigen";

    private static bool IsRedactedInThisSave(List<EntityEntry> entries, EntityEntry entry, ArchiveContentEntity content) =>
        entry.State == EntityState.Deleted
        && entries.Any(e => e.State is EntityState.Added or EntityState.Unchanged && e.Entity is ArchiveRecordEntity r && r.RedactsSequence == content.Sequence);
}

/// <summary>A save tried to change or remove history. Never caught to carry on: the unit of work is abandoned.</summary>
public sealed class AppendOnlyViolationException(string message) : InvalidOperationException(message);
