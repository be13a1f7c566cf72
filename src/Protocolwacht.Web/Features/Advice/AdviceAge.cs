using System.Globalization;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// How long an advice request has waited, in Dutch working days, counted from when the author asked (an escalation or
/// a redirect does not restart the author's wait).
/// </summary>
public static class AdviceAge
{
    /// <summary>When the open request was asked: the last "advies gevraagd" step, or the last change for a post without one.</summary>
    public static DateTimeOffset AskedAt(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return post.Transitions.LastOrDefault(t => t.Action == PostAction.AdviceRequested)?.At ?? post.UpdatedAt;
    }

    public static int WorkingDaysWaited(Post post, DateTimeOffset now) => WorkingDays.Between(AskedAt(post), now);

    public static bool IsOverdue(Post post, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(post);
        return post.AdviceDeadline is { } deadline && deadline <= now;
    }

    /// <summary>
    /// "wacht minder dan een werkdag", "wacht 1 werkdag", "wacht 3 werkdagen": pages print it through <c>T</c>, which finds
    /// the English by the Dutch template, so the template is written out as the resource key it is.
    /// </summary>
    public static string Dutch(int workingDays) => workingDays switch
    {
        <= 0 => "wacht minder dan een werkdag",
        1 => "wacht 1 werkdag",
        _ => string.Format(CultureInfo.InvariantCulture, "wacht {0} werkdagen", workingDays),
    };
}
