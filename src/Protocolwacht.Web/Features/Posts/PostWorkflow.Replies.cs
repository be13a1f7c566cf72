using Microsoft.EntityFrameworkCore;
using Protocolwacht.Checks;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Posts;

// Replies to reactions (protocol DO6, R4/DONT4): a reply is a post with the reaction it answers. It is checked
// with reply_to (who wrote the reaction, and what), so an argument with a parent or pupil is doubt, and its
// outbox row carries the reaction, so the publisher places it under the reaction.
public sealed partial class PostWorkflow
{
    /// <summary>Saves a new draft reply to <paramref name="reactionId"/>, checked with the reaction as reply_to.</summary>
    public async Task<Post> CreateReplyDraftAsync(string authorId, Guid reactionId, string accountId, ReplyAudience audience, string text, CancellationToken cancellationToken)
    {
        var post = Post.CreateReplyDraft(Guid.NewGuid(), authorId, reactionId, audience, text, accountId, time);
        var result = await CheckAsync(post, fresh: true, cancellationToken);
        post.RecordCheck(authorId, result.Verdict, time);
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        return post;
    }

    /// <inheritdoc cref="ReplyCheckContext.ForAsync"/>
    public Task<ReplyContext?> ReplyContextAsync(Post post, CancellationToken cancellationToken) => ReplyCheckContext.ForAsync(db, post, cancellationToken);

    /// <summary>The outbox row: a publication, or for a reply a publication placed under its reaction.</summary>
    private async Task<Delivery> DeliveryForAsync(Post post, string accountId, string channel, CancellationToken cancellationToken)
    {
        var fingerprint = PostFingerprint.Compute(accountId, post.Text);
        if (post.ReplyToReactionId is not { } reactionId)
        {
            return Delivery.Create(Guid.NewGuid(), post, accountId, channel, post.ReleaseAt!.Value, fingerprint);
        }

        var target = await ReplyTargetAsync(reactionId, cancellationToken);
        return Delivery.CreateReply(Guid.NewGuid(), post, accountId, channel, post.ReleaseAt!.Value, fingerprint, reactionId, target!.ReactionPlatformId, target.RootPlatformId);
    }

    /// <summary>A reply whose reaction or published post is gone cannot be placed.</summary>
    private async Task<WorkflowResult?> ReplyProblemAsync(Post post, CancellationToken cancellationToken)
    {
        if (post.ReplyToReactionId is not { } reactionId)
        {
            return null;
        }

        if (post.Attachments.Count > 0)
        {
            return WorkflowResult.Refused("Een antwoord op een reactie is alleen tekst; haal de bijlagen weg.");
        }

        var target = await ReplyTargetAsync(reactionId, cancellationToken);
        return target is null || target.AccountId != post.AccountIds.SingleOrDefault()
            ? WorkflowResult.Refused("De reactie waarop je antwoordt of het bericht waar hij onder staat is er niet meer; er kan geen antwoord geplaatst worden.")
            : null;
    }

    private async Task<ReplyTargetRow?> ReplyTargetAsync(Guid reactionId, CancellationToken cancellationToken) =>
        await (from r in db.Reactions.AsNoTracking()
               join d in db.Deliveries.AsNoTracking() on r.DeliveryId equals d.Id
               where r.Id == reactionId && d.PlatformPostId != null
               select new ReplyTargetRow(r.AccountId, r.PlatformReactionId, d.PlatformPostId!)).SingleOrDefaultAsync(cancellationToken);

    private sealed record ReplyTargetRow(string AccountId, string ReactionPlatformId, string RootPlatformId);
}
