using System.Linq.Expressions;
using System.Security.Claims;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// Who may see a post: its author, the manager asked for advice, anyone who took a step on it, and
/// administrators. A draft is not for the rest of the organisation to read. The rule is written once, as an
/// expression: the database filters with it (<see cref="ViewableBy"/>) and a loaded post is judged by its compiled
/// form (<see cref="MayView"/>), so the two cannot drift apart.
/// </summary>
public static class PostAccess
{
    private static readonly Expression<Func<Post, string, bool>> TookPart =
        (post, me) => post.AuthorId == me || post.ApproverId == me || post.Transitions.Any(t => t.ActorId == me);

    private static readonly Func<Post, string, bool> TookPartCompiled = TookPart.Compile();

    public static string StaffId(this ClaimsPrincipal user) => user?.Identity?.Name ?? string.Empty;

    public static bool MayView(ClaimsPrincipal user, Post post)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(post);
        return TookPartCompiled(post, user.StaffId()) || user.IsInRole(AppRoles.Admin);
    }

    /// <summary>
    /// The posts of <paramref name="posts"/> this user may see by <see cref="MayView"/>, or that <paramref name="alsoShown"/>
    /// shows to all staff anyway; filtered in the database.
    /// </summary>
    public static IQueryable<Post> ViewableBy(this IQueryable<Post> posts, ClaimsPrincipal user, Expression<Func<Post, bool>> alsoShown)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(alsoShown);
        if (user.IsInRole(AppRoles.Admin))
        {
            return posts;
        }

        var post = alsoShown.Parameters[0];
        var tookPart = new Substitute(TookPart.Parameters[0], post, TookPart.Parameters[1], Expression.Constant(user.StaffId()))
            .Visit(TookPart.Body);
        return posts.Where(Expression.Lambda<Func<Post, bool>>(Expression.OrElse(alsoShown.Body, tookPart), post));
    }

    /// <summary>Puts the query's post and the user's id in place of the rule's parameters.</summary>
    private sealed class Substitute(ParameterExpression post, Expression byPost, ParameterExpression me, Expression byMe) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == post ? byPost : node == me ? byMe : base.VisitParameter(node);
    }
}
