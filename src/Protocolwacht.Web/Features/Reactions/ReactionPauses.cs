using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Reactions;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>An account's rate-limit pause for reading reactions, shared by every instance through the database.</summary>
public static class ReactionPauses
{
    public static async Task<bool> PausedAsync(IServiceScopeFactory scopes, string accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        return await db.ReactionPauses.AsNoTracking().AnyAsync(p => p.AccountId == accountId && p.Until > now, cancellationToken);
    }

    /// <summary>Sets the pause; a later pause another instance set already is kept.</summary>
    public static async Task PauseAsync(IServiceScopeFactory scopes, string accountId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var updated = await db.ReactionPauses.Where(p => p.AccountId == accountId && p.Until < until)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Until, until), cancellationToken);
        if (updated > 0 || await db.ReactionPauses.AnyAsync(p => p.AccountId == accountId, cancellationToken))
        {
            return;
        }

        db.ReactionPauses.Add(new ReactionPauseEntity { AccountId = accountId, Until = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row between our look and our insert: its pause stands, ours is the same limit.
        }
    }
}
