using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Features.Shared;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// A director's start page, for their own school's accounts: what goes out in the coming seven days, and the
/// recent findings of the check. Posts the director may not open (someone else's draft) are counted, never
/// shown: a draft is not for the rest of the organisation to read (<see cref="PostAccess"/>). The rows' own words are in the
/// reader's language (<see cref="Translate"/>); a post's text and an account's handle stay as written.
/// </summary>
internal sealed class SchoolPostsHomeOverview(ProtocolwachtDbContext db, CheckerSnapshot checkers, TimeProvider time, IHttpContextAccessor http, Translate texts)
    : IHomeOverview
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly TimeSpan FindingsWindow = TimeSpan.FromDays(30);

    public async Task<HomePanel?> PanelForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        if (staff.Role != StaffRole.Directie || organisation.FindSchool(staff.SchoolId) is not { } school)
        {
            return null;
        }

        var accounts = school.Accounts.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var weekEnd = now + Week;
        var since = now - FindingsWindow;
        var candidates = await db.Posts.AsNoTracking()
            .Where(p => (p.ScheduledAt >= now && p.ScheduledAt < weekEnd) || p.State == PostState.Queued
                        || (p.LastVerdict != null && p.LastVerdict != Verdict.Allow && p.UpdatedAt >= since))
            .ToListAsync(cancellationToken);
        var ours = candidates.Where(p => p.AccountIds.Any(accounts.Contains)).ToList();
        return new HomePanel("school-posts", $"{school.Name}: deze week", 20, Rows(ours, organisation, now, weekEnd),
            "Er staat deze week niets klaar voor de accounts van je school.");
    }

    private List<HomePanelRow> Rows(List<Post> posts, OrganisationModel organisation, DateTimeOffset now, DateTimeOffset weekEnd)
    {
        var user = http.HttpContext?.User;
        var rows = new List<HomePanelRow>();
        foreach (var p in posts.Where(p => (p.State is PostState.Queued or PostState.Approved or PostState.Ready)
                                           && (p.ScheduledAt is null ? p.State == PostState.Queued : p.ScheduledAt < weekEnd))
                     .OrderBy(p => p.ScheduledAt ?? now).Take(5))
        {
            var when = p.ScheduledAt is { } at ? Display.Moment(at) : texts("na bevestiging");
            var handles = string.Join(", ", p.AccountIds.Select(id => organisation.FindAccount(id)?.Handle ?? id));
            rows.Add(new HomePanelRow(Excerpt.Of(p.Text, 80), $"{when} · {handles} · {texts(p.State.ToDutch())}",
                user is not null && PostAccess.MayView(user, p) ? PostLinks.Page(p.Id) : null));
        }

        var flagged = posts.Where(p => p.LastVerdict is Verdict.Doubt or Verdict.Block && p.State != PostState.Published).ToList();
        if (flagged.Count > 0)
        {
            var doubt = flagged.Count(p => p.LastVerdict == Verdict.Doubt);
            var block = flagged.Count - doubt;
            rows.Add(new HomePanelRow(texts($"Bevindingen van de controle, laatste 30 dagen: {doubt}× twijfel, {block}× blokkade"),
                texts("Berichten die je zelf niet mag openen worden alleen geteld."), "/advice", Attention: true));
        }

        return rows;
    }
}
