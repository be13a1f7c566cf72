using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Reactions;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>The published post a batch of reactions belongs to.</summary>
public sealed record ReactedPost(Guid DeliveryId, Guid PostId, string AccountId, string Channel, string PlatformPostId);

/// <summary>
/// Stores fetched reactions idempotently (one row per channel and platform id, whatever is fetched again),
/// checks each new one, and marks a reaction answered when the account's own reply to it shows up.
/// One unit of work per post's batch.
/// </summary>
public sealed class ReactionStore(ProtocolwachtDbContext db, TimeProvider time)
{
    private const int IdsPerQuery = 500;

    /// <param name="assess">Text and channel to a Dutch flag reason, or null.</param>
    /// <returns>How many reactions were new.</returns>
    public async Task<int> StoreAsync(ReactedPost post, IReadOnlyList<PlatformReaction> fetched, Func<string, string?, string?> assess, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(assess);
        var wanted = fetched.Select(r => r.PlatformId)
            .Concat(fetched.Where(r => r.FromAccount && r.InReplyToId is not null).Select(r => r.InReplyToId!))
            .Distinct(StringComparer.Ordinal).ToList();
        var known = await KnownAsync(post.Channel, wanted, cancellationToken);
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var reaction in fetched.Where(r => !r.FromAccount && !known.ContainsKey(r.PlatformId)))
        {
            var row = Reaction.Fetched(Guid.NewGuid(), post.AccountId, post.Channel, post.PostId, post.DeliveryId, Content(reaction), now);
            row.Assess(assess(row.Text, post.Channel));
            db.Reactions.Add(row);
            known[reaction.PlatformId] = row;
            added++;
        }

        foreach (var reply in fetched.Where(r => r.FromAccount && r.InReplyToId is not null))
        {
            if (known.TryGetValue(reply.InReplyToId!, out var answered))
            {
                answered.MarkAnswered(null, now);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (added > 0)
        {
            // Another instance stored the same reactions first (unique channel + platform id): they are in.
            db.ChangeTracker.Clear();
            return 0;
        }

        return added;
    }

    private async Task<Dictionary<string, Reaction>> KnownAsync(string channel, List<string> ids, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, Reaction>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(IdsPerQuery))
        {
            foreach (var row in await db.Reactions.Where(r => r.Channel == channel && chunk.Contains(r.PlatformReactionId)).ToListAsync(cancellationToken))
            {
                known[row.PlatformReactionId] = row;
            }
        }

        return known;
    }

    private static ReactionContent Content(PlatformReaction r) =>
        new(r.PlatformId, r.InReplyToId, r.AuthorHandle, r.AuthorName, r.Text, r.CreatedAt, r.Url?.AbsoluteUri, r.Hidden == true);
}
