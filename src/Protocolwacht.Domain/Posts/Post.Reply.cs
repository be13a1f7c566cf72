namespace Protocolwacht.Domain.Posts;

// A reply to a reaction (protocol DO6, R4/DONT4): a post like any other (check, advice, undo period, outbox),
// placed under the reaction on the account that received it instead of as a post of its own.
public sealed partial class Post
{
    /// <summary>The reaction this post answers; null for a post of its own.</summary>
    public Guid? ReplyToReactionId { get; private set; }

    /// <summary>Who wrote that reaction, as the author chose it; null for a post of its own.</summary>
    public ReplyAudience? ReplyAudience { get; private set; }

    public bool IsReply => ReplyToReactionId is not null;

    /// <summary>A draft reply to one reaction, for the one account that received it.</summary>
    public static Post CreateReplyDraft(Guid id, string authorId, Guid reactionId, ReplyAudience audience, string text, string accountId, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        var post = CreateDraft(id, authorId, new PostContent(text, [accountId], []), null, clock);
        post.ReplyToReactionId = reactionId;
        post.ReplyAudience = audience;
        return post;
    }
}
