using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Reactions;
using Protocolwacht.Persistence.Posts;

namespace Protocolwacht.Web.Infrastructure.Live;

/// <summary>
/// Raises <see cref="ChangeSignal"/> topics for what a unit of work changed, once it is committed: at the end of
/// SaveChanges, or, inside an explicit transaction (the archive's unit of work), when that transaction commits.
/// A rolled back transaction raises nothing. Bulk updates that bypass the change tracker (the delivery claim's
/// lease) raise nothing either; the status change that follows them does.
/// </summary>
public sealed class ChangeSignalInterceptor(ChangeSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RaiseUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RaiseUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetUnlessInTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Raise(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Raise(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The topics one changed row belongs to; empty for rows no live page shows.</summary>
    internal static IEnumerable<string> TopicsOf(EntityEntry entry) => entry.Entity switch
    {
        Post post => [ChangeSignal.Post(post.Id), .. Approvers(entry).Select(ChangeSignal.Staff)], // the advice counter of who is (or was) asked
        Delivery delivery => [ChangeSignal.Post(delivery.PostId)],
        PostTransition when entry.Metadata.FindOwnership() is { } owner && entry.Property(owner.Properties[0].Name).CurrentValue is Guid postId
            => [ChangeSignal.Post(postId)],
        Notification notification => [ChangeSignal.Staff(notification.RecipientId)],
        Reaction reaction => [ChangeSignal.Account(reaction.AccountId)],
        _ => [],
    };

    // The approver before and after the change: a forwarded or answered request lowers one counter and may raise another.
    private static IEnumerable<string> Approvers(EntityEntry entry)
    {
        var approver = entry.Property(nameof(Post.ApproverId));
        return new[] { approver.CurrentValue as string, entry.State == EntityState.Added ? null : approver.OriginalValue as string }
            .OfType<string>().Distinct(StringComparer.Ordinal);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var topics = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                topics.UnionWith(TopicsOf(entry));
            }
        }
    }

    private void RaiseUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Raise(context);
        }
    }

    private void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private void Raise(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var topics))
        {
            return;
        }

        var committed = topics.ToList();
        topics.Clear();
        foreach (var topic in committed)
        {
            signal.Raise(topic);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var topics))
        {
            topics.Clear();
        }
    }
}
