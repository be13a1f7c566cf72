using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// An administrator's start page: the mails the sender gave up in the last two weeks (<see cref="MailSenderService"/>),
/// newest first: to whom (the staff member's name, as the app shows it; never the address), which mail (its subject) and
/// why (the Dutch reason, in the reader's language). The log says only the mail's id; this is where someone who can
/// mend an address learns that one is dead. Not shown when no mail was given up.
/// </summary>
internal sealed class UndeliveredMailHomeOverview(ProtocolwachtDbContext db, TimeProvider time, Translate texts) : IHomeOverview
{
    private static readonly TimeSpan Shown = TimeSpan.FromDays(14);

    public async Task<HomePanel?> PanelForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return null;
        }

        var since = time.GetUtcNow() - Shown;
        var givenUp = await db.OutgoingMails.AsNoTracking()
            .Where(m => m.GaveUpAt != null && m.GaveUpAt >= since)
            .OrderByDescending(m => m.GaveUpAt).Take(6)
            .Select(m => new { m.ToName, m.Subject, m.LastError }).ToListAsync(cancellationToken);
        if (givenUp.Count == 0)
        {
            return null;
        }

        var rows = givenUp.Select(m => new HomePanelRow($"{m.ToName}: {m.Subject}", texts(m.LastError ?? string.Empty), null, Attention: true)).ToList();
        return new HomePanel("mail-given-up", "Niet bezorgde mail", 905, rows, "Alle mail is bezorgd.");
    }
}
