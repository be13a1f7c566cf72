using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// The buttons of the start page's panel of given-up mail (<see cref="UndeliveredMailHomeOverview"/>): "Opnieuw proberen"
/// on a row sends that one mail again, after an administrator mended what stopped it (the recipient's address);
/// "Alles opnieuw proberen" sends every mail the panel counts, for when the cause was one for all (a mail server that
/// was down for longer than the retry window), and reaches the mails past the panel's six rows. A retried mail is due
/// at once with a fresh retry window. The mail is named by its id in the form's body, never by an address, and the
/// update and its audit entry (who, which mail or how many; no address) are one transaction. Only for administrators;
/// the page's anti-forgery check applies as to every Razor Pages POST.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class RetryGivenUpModel(ProtocolwachtDbContext db, IAuditLog audit, TimeProvider time) : PageModel
{
    /// <summary>What the button did, for the start page to say in its status region (its <see cref="Home.IndexModel.HomeStatus"/>).</summary>
    [TempData]
    public string? HomeStatus { get; set; }

    public IActionResult OnGet() => Redirect("/");

    /// <summary>One mail, the row's: nothing happens for a mail that is no longer given up (sent again by someone else).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var retried = await RetryAsync(GivenUp(now).Where(m => m.Id == id), now, cancellationToken);
        if (retried > 0)
        {
            await audit.RecordNowAsync(User.StaffId(), AuditActions.MailRetried, $"mail:{id:N}", "opnieuw aangeboden", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        HomeStatus = retried > 0 ? "Mail opnieuw aangeboden" : "Deze mail stond niet meer als niet bezorgd";
        return Redirect("/");
    }

    public async Task<IActionResult> OnPostAllAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var retried = await RetryAsync(GivenUp(now), now, cancellationToken);
        if (retried > 0)
        {
            await audit.RecordNowAsync(User.StaffId(), AuditActions.MailRetried, "mail:niet-bezorgd", $"{retried} opnieuw aangeboden", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        HomeStatus = AllRetried(retried);
        return Redirect("/");
    }

    /// <summary>
    /// What "Alles opnieuw proberen" says on the start page: how many mails were offered again, each count its own
    /// sentence (a resource entry each, so each language says its singular and plural its own way), or that none was left
    /// (another administrator pressed first).
    /// </summary>
    internal static string AllRetried(int retried) => retried switch
    {
        0 => "Er stond geen mail meer als niet bezorgd",
        1 => "1 mail opnieuw aangeboden",
        _ => string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} mails opnieuw aangeboden", retried),
    };

    // What the panel lists: given up in its window and not sent since.
    private IQueryable<OutgoingMail> GivenUp(DateTimeOffset now)
    {
        var since = now - UndeliveredMailHomeOverview.Shown;
        return db.OutgoingMails.Where(m => m.SentAt == null && m.GaveUpAt != null && m.GaveUpAt >= since);
    }

    private static Task<int> RetryAsync(IQueryable<OutgoingMail> mails, DateTimeOffset now, CancellationToken cancellationToken) =>
        mails.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.GaveUpAt, (DateTimeOffset?)null).SetProperty(m => m.DueAt, now).SetProperty(m => m.FirstFailedAt, (DateTimeOffset?)null),
            cancellationToken);
}
