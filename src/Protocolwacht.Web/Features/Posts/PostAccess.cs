using System.Security.Claims;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// Who may see a post: its author, the manager asked for advice, anyone who took a step on it, and
/// administrators. A draft is not for the rest of the organisation to read.
/// </summary>
public static class PostAccess
{
    public static string StaffId(this ClaimsPrincipal user) => user?.Identity?.Name ?? string.Empty;

    public static bool MayView(ClaimsPrincipal user, Post post)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(post);
        var me = user.StaffId();
        return post.IsAuthor(me)
            || string.Equals(post.ApproverId, me, StringComparison.Ordinal)
            || post.Transitions.Any(t => t.ActorId == me)
            || user.IsInRole(AppRoles.Admin);
    }
}
