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
/// Everyone's start page: what waits for the person as an author. Their posts that need them (the check doubts or
/// blocks, returned by the manager, a publication or change the platform refused or that needs their answer) come
/// first, then what waits for someone else (advice asked, approved and ready to publish, scheduled). Each row links to
/// the post; its details are in the reader's language (<see cref="Translate"/>), the post's words as written. With
/// nothing waiting it says so, except to managers and administrators, whose own panels come first (order 30: after a
/// manager's advice and school panels, before an administrator's).
/// </summary>
internal sealed class MyPostsHomeOverview(ProtocolwachtDbContext db, CheckerSnapshot checkers, Translate texts) : IHomeOverview
{
    private const int MaxRows = 6;

    private static readonly PostState[] Waiting =
        [PostState.AdviceNeeded, PostState.MustChange, PostState.Returned, PostState.AdviceRequested, PostState.Approved, PostState.Queued];

    public async Task<HomePanel?> PanelForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == staff.Id && Waiting.Contains(p.State)).ToListAsync(cancellationToken);
        var refused = await (from d in db.Deliveries.AsNoTracking()
                             join p in db.Posts.AsNoTracking() on d.PostId equals p.Id
                             where p.AuthorId == staff.Id && (d.Status == DeliveryStatus.Failed || d.Status == DeliveryStatus.AwaitingPerson)
                             select new { Post = p, d.AccountId, d.Status, d.Kind }).ToListAsync(cancellationToken);
        var organisation = await checkers.OrganisationAsync(cancellationToken);

        var rows = refused.Select(r => (Order: 0, r.Post.UpdatedAt, Row: Row(r.Post, Refusal(r.Status, r.Kind, organisation.FindAccount(r.AccountId)?.Handle ?? r.AccountId), true)))
            .Concat(posts.Select(p => (Order: Order(p.State), p.UpdatedAt, Row: Row(p, Detail(p, organisation), NeedsAuthor(p.State)))))
            .OrderBy(r => r.Order).ThenByDescending(r => r.UpdatedAt)
            .Take(MaxRows).Select(r => r.Row).ToList();
        if (rows.Count == 0 && HasOtherPanels(staff, isAdmin))
        {
            return null; // an empty card would push the panels that do hold work aside
        }

        return new HomePanel("my-posts", "Wat op je wacht", 30, rows,
            "Er wacht niets op jou: geen berichten bij advies, niets teruggestuurd en niets ingepland.",
            new HomeLink("/posts", "Mijn berichten", null, 0));
    }

    // Managers (advice waiting, their school's week) and administrators always get panels of their own.
    private static bool HasOtherPanels(StaffMember staff, bool isAdmin) => isAdmin || staff.Role is StaffRole.Directie or StaffRole.Cvb;

    private static HomePanelRow Row(Post post, string detail, bool attention) =>
        new(Excerpt.Of(post.Text, 80), detail, PostLinks.Page(post.Id), attention);

    private static bool NeedsAuthor(PostState state) => state is PostState.AdviceNeeded or PostState.MustChange or PostState.Returned;

    // The author's own turn first, then what is on its way.
    private static int Order(PostState state) => NeedsAuthor(state) ? 1 : state == PostState.Approved ? 2 : 3;

    private string Detail(Post post, OrganisationModel organisation) => post.State switch
    {
        PostState.AdviceNeeded => texts("de controle twijfelt: vraag advies"),
        PostState.MustChange => texts("de controle houdt het tegen: pas het aan"),
        PostState.Returned => texts("teruggestuurd: pas het aan"),
        PostState.AdviceRequested => texts($"wacht op advies van {organisation.StaffName(post.ApproverId)}"),
        PostState.Approved => texts("goedgekeurd: je kunt het publiceren"),
        _ => post.ScheduledAt is { } at ? texts($"ingepland voor {Display.Moment(at)}") : texts("wordt zo geplaatst"),
    };

    private string Refusal(DeliveryStatus status, DeliveryKind kind, string handle) => (status, kind) switch
    {
        (DeliveryStatus.AwaitingPerson, _) => texts($"onbekend of het op {handle} staat: jouw antwoord is nodig"),
        (_, DeliveryKind.Publish) => texts($"publicatie op {handle} mislukt: bekijk wat je kunt doen"),
        _ => texts($"wijziging op {handle} mislukt: bekijk wat je kunt doen"),
    };
}
