using Microsoft.EntityFrameworkCore;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// The check's <c>reply_to</c> for a reply post: the audience the author chose, and the reaction's author name
/// and text as fetched (the name only helps the check recognise the person; it is not stored with the reply).
/// </summary>
public static class ReplyCheckContext
{
    /// <summary>Null for a post of its own.</summary>
    public static async Task<ReplyContext?> ForAsync(ProtocolwachtDbContext db, Post post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(post);
        if (post.ReplyToReactionId is not { } reactionId || post.ReplyAudience is not { } audience)
        {
            return null;
        }

        var reaction = await db.Reactions.AsNoTracking().Where(r => r.Id == reactionId)
            .Select(r => new { r.AuthorName, r.Text }).SingleOrDefaultAsync(cancellationToken);
        return new ReplyContext(RoleOf(audience), reaction?.AuthorName, reaction?.Text);
    }

    public static ReplyRole RoleOf(ReplyAudience audience) => audience switch
    {
        ReplyAudience.Parent => ReplyRole.Parent,
        ReplyAudience.Pupil => ReplyRole.Student,
        ReplyAudience.Staff => ReplyRole.Staff,
        _ => ReplyRole.Public,
    };
}
