using System.Globalization;
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
            links.Add(new HomeLink("/advice", "Adviesvragen", requests == 1 ? "1 bericht wacht op jouw advies." : Plural("{0} berichten wachten op jouw advies.", requests), 10, Urgent: true));
        }

        var unread = await db.Notifications.CountAsync(n => n.RecipientId == staff.Id && n.ReadAt == null, cancellationToken);
        if (unread > 0)
        {
            links.Add(new HomeLink("/notifications", "Meldingen", unread == 1 ? "1 nieuwe melding over je berichten." : Plural("{0} nieuwe meldingen over je berichten.", unread), 20, Urgent: true));
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

    // The Dutch template (a resource key, so the start page translates the finished sentence) with the count filled in.
    private static string Plural(string template, int count) => string.Format(CultureInfo.InvariantCulture, template, count);
}
