using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.Web.Infrastructure.Live;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// The signed-in person's notifications, newest first; opening the page marks them read, and the person's other open
/// pages (another tab, the phone) lower their "Meldingen" counter at once: the bulk update passes the change tracker,
/// so it raises their menu stream's topic itself (<see cref="ChangeSignal"/>).
/// </summary>
public sealed class IndexModel(ProtocolwachtDbContext db, TimeProvider time, ChangeSignal signal) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.Identity?.Name ?? string.Empty;
        Items = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == me)
            .OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var read = await db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        if (read > 0)
        {
            signal.Raise(ChangeSignal.Staff(me));
        }
    }
}
