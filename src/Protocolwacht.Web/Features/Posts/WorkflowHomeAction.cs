using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// The workflow on the home page: advice requests waiting for this person and unread notices first,
/// then writing a post, one's own posts, the personal check and the sandbox timeline.
/// </summary>
internal sealed class WorkflowHomeAction(ProtocolwachtDbContext db) : IHomeAction
{
    public async Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var links = new List<HomeLink>();
        var requests = await db.Posts.CountAsync(p => p.State == PostState.AdviceRequested && p.ApproverId == staff.Id, cancellationToken);
        if (requests > 0)
        {
            links.Add(new HomeLink("/advice", "Adviesvragen", $"{requests} bericht(en) wachten op jouw advies.", 10, Urgent: true));
        }

        var unread = await db.Notifications.CountAsync(n => n.RecipientId == staff.Id && n.ReadAt == null, cancellationToken);
        if (unread > 0)
        {
            links.Add(new HomeLink("/notifications", "Meldingen", $"{unread} nieuwe melding(en) over je berichten.", 20, Urgent: true));
        }

        links.Add(new HomeLink("/compose", "Nieuw bericht", "Schrijf een bericht voor een officieel account; de controle kijkt mee.", 100));
        links.Add(new HomeLink("/posts", "Mijn berichten", "Concepten, adviesvragen en publicaties.", 110));
        links.Add(new HomeLink("/compose/personal", "Bericht voor je eigen account", "Laat een bericht voor je privéaccount controleren; er wordt niets bewaard.", 120));
        if (requests == 0 && staff.Role is StaffRole.Directie or StaffRole.Cvb)
        {
            links.Add(new HomeLink("/advice", "Adviesvragen", "Er wachten geen adviesvragen op jou.", 130));
        }

        links.Add(new HomeLink("/sandbox", "Sandbox-tijdlijn", "Wat op de demo-accounts gepubliceerd is.", 140));
        return links;
    }
}
