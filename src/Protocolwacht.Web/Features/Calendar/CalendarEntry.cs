using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Calendar;

/// <summary>One post on the calendar: when it goes or went out (Dutch time), where, a short excerpt, its state, and
/// its page when the reader may open it.</summary>
public sealed record CalendarEntry(DateTimeOffset When, DateOnly Day, string Time, string Excerpt, string Handles, PostState State, string? Link)
{
    public static CalendarEntry Of(Post post, OrganisationModel organisation, bool mayOpen)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(organisation);
        var when = post.ReleaseAt ?? post.ScheduledAt ?? post.UpdatedAt;
        var local = DutchTime.ToLocal(when);
        return new CalendarEntry(
            when,
            DateOnly.FromDateTime(local),
            local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Shared.Excerpt.Of(post.Text, 60),
            string.Join(", ", post.AccountIds.Select(id => organisation.FindAccount(id)?.Handle ?? id)),
            post.State,
            mayOpen ? PostLinks.Page(post.Id) : null);
    }
}
