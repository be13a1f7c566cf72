using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Posts.Changes;

/// <summary>
/// Who may approve a deletion (or a doubtful correction) of a post: anyone in the author's chain of managers
/// (the leidinggevende and up) or an administrator, never the person who asked (BG3: a second person).
/// </summary>
public static class ChangeApprovers
{
    public static bool MayDecide(OrganisationModel organisation, string authorId, PostChange change, string actorId, bool isAdmin)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(change);
        if (string.Equals(actorId, change.RequestedBy, StringComparison.Ordinal))
        {
            return false;
        }

        return isAdmin || ManagersOf(organisation, authorId).Contains(actorId);
    }

    /// <summary>The author's managers from the nearest up, without the author and without loops.</summary>
    public static IReadOnlyList<string> ManagersOf(OrganisationModel organisation, string authorId)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { authorId };
        for (var manager = organisation.FindStaff(organisation.FindStaff(authorId)?.ManagerId); manager is not null && seen.Add(manager.Id); manager = organisation.FindStaff(manager.ManagerId))
        {
            chain.Add(manager.Id);
        }

        return chain;
    }
}
