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
    /// <summary>How far back the panel looks, and so which mails its buttons may send again (<see cref="RetryGivenUpModel"/>).</summary>
    internal static readonly TimeSpan Shown = TimeSpan.FromDays(14);

    private const int Rows = 6;

    public async Task<HomePanel?> PanelForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return null;
        }

        var since = time.GetUtcNow() - Shown;
        var givenUpQuery = db.OutgoingMails.AsNoTracking().Where(m => m.SentAt == null && m.GaveUpAt != null && m.GaveUpAt >= since);
        var givenUp = await givenUpQuery
            .OrderByDescending(m => m.GaveUpAt).Take(Rows)
            .Select(m => new { m.Id, m.ToName, m.Subject, m.LastError }).ToListAsync(cancellationToken);
        if (givenUp.Count == 0)
        {
            // Shown only when a mail was given up: an administrator's start page has no room for "all is well" panels.
            return null;
        }

        // Each row its own button: the advisor mends one address and sends that one mail again, not every mail of two weeks.
        var rows = givenUp.Select(m => new HomePanelRow($"{m.ToName}: {m.Subject}", texts(m.LastError ?? string.Empty), null, Attention: true)
        {
            Action = new HomeRowAction("/mail/given-up/retry", "Opnieuw proberen", m.Id.ToString("N")),
        }).ToList();
        var more = givenUp.Count < Rows ? 0 : await givenUpQuery.CountAsync(cancellationToken) - Rows;
        if (more > 0)
        {
            rows.Add(new HomePanelRow(texts($"en nog {more} niet bezorgd"), null, null));
        }

        // "Alles opnieuw proberen" only when there is more than one: after a cause common to all (the mail server down
        // for longer than the retry window) one press instead of one per row, and the only way to the rows not shown.
        return new HomePanel("mail-given-up", "Niet bezorgde mail", 905, rows, string.Empty)
        {
            Action = givenUp.Count > 1
                ? new HomePanelAction("/mail/given-up/retry?handler=All", "Alles opnieuw proberen", "Stuurt alle niet bezorgde mail van de afgelopen twee weken opnieuw, ook die hier niet staat. Herstel eerst wat de redenen noemen.")
                : null,
        };
    }
}
