using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// "Opnieuw proberen" on the start page's panel of given-up mail (<see cref="UndeliveredMailHomeOverview"/>): after an
/// administrator mended what stopped them (an address, the mail server's settings), the mails the panel lists are due
/// again at once, with a fresh retry window. The update and its audit entry (who sent how many mails again; no address)
/// in one transaction; only for administrators; the page's anti-forgery check applies as to every Razor Pages POST.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class RetryGivenUpModel(ProtocolwachtDbContext db, IAuditLog audit, TimeProvider time) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - UndeliveredMailHomeOverview.Shown;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var retried = await db.OutgoingMails
            .Where(m => m.SentAt == null && m.GaveUpAt != null && m.GaveUpAt >= since)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.GaveUpAt, (DateTimeOffset?)null).SetProperty(m => m.DueAt, now).SetProperty(m => m.FirstFailedAt, (DateTimeOffset?)null),
                cancellationToken);
        if (retried > 0)
        {
            await audit.RecordNowAsync(User.StaffId(), AuditActions.MailRetried, "mail:niet-bezorgd", $"{retried} opnieuw aangeboden", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Redirect("/");
    }
}
