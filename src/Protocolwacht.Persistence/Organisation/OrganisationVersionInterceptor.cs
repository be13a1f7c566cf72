using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Protocol;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>
/// Adds a new organisation stamp (<see cref="OrganisationVersionEntity"/>) to every save that adds, changes or removes a
/// row the organisation model or the protocol is read from, so the stamp commits or rolls back with the change itself.
/// Registered for every host by <see cref="Database.DatabaseSettings.Configure"/>: the CLI's imports count as well.
/// </summary>
public sealed class OrganisationVersionInterceptor : SaveChangesInterceptor
{
    public static OrganisationVersionInterceptor Instance { get; } = new();

    /// <summary>The tables <see cref="OrganisationReader"/> reads, plus the protocol versions.</summary>
    private static readonly HashSet<Type> Watched =
    [
        typeof(BoardEntity),
        typeof(SchoolEntity),
        typeof(Accounts.OfficialAccountEntity),
        typeof(StaffEntity),
        typeof(StudentEntity),
        typeof(ParentEntity),
        typeof(ParentChildEntity),
        typeof(ConsentChangeEntity),
        typeof(ConsentPurposeEntity),
        typeof(ProtocolVersionEntity),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        StampIfChanged(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        StampIfChanged(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void StampIfChanged(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(e =>
                (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && Watched.Contains(e.Metadata.ClrType)))
        {
            return;
        }

        var stamp = Guid.NewGuid();
        if (context.ChangeTracker.Entries<OrganisationVersionEntity>().FirstOrDefault() is { } tracked)
        {
            tracked.Property(v => v.Stamp).CurrentValue = stamp;
            tracked.State = EntityState.Modified;
            return;
        }

        context.Attach(new OrganisationVersionEntity { Id = OrganisationVersionEntity.SingleId, Stamp = stamp }).State = EntityState.Modified;
    }
}
