using Microsoft.EntityFrameworkCore;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Reactions;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// The live check's <c>reply_to</c> while a reply is typed, the same as the final check will use
/// (<see cref="ReplyCheckContext"/>): the reaction's author name and text, and the audience the author chose (none
/// chosen yet: the public). Only a reaction the reader may read counts (<see cref="ReactionAccess"/>), so the check
/// never brings in the name or text of a reaction they may not see; anything else is checked as a post of its own.
/// </summary>
public static class LiveReplyContext
{
    public static async Task<ReplyContext?> ForAsync(
        ProtocolwachtDbContext db, OrganisationModel organisation, StaffMember? reader, bool isAdmin, Guid? reactionId, string? audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (reactionId is not { } id || reader is null)
        {
            return null;
        }

        var readable = ReactionAccess.AccountsFor(organisation, reader, isAdmin).Select(a => a.Id).ToList();
        var reaction = await db.Reactions.AsNoTracking().Where(r => r.Id == id && readable.Contains(r.AccountId))
            .Select(r => new { r.AuthorName, r.Text }).SingleOrDefaultAsync(cancellationToken);
        if (reaction is null)
        {
            return null;
        }

        var role = Enum.TryParse<ReplyAudience>(audience, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen)
            ? ReplyCheckContext.RoleOf(chosen)
            : ReplyRole.Public;
        return new ReplyContext(role, reaction.AuthorName, reaction.Text);
    }
}
