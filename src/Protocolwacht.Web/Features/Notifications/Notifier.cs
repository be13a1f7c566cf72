using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// Tells a staff member about a workflow step, in the app and by mail. Adds rows to the caller's unit
/// of work without saving: the notice commits together with the step it reports, or not at all.
/// </summary>
public sealed class Notifier(ProtocolwachtDbContext db, TimeProvider time, IOptions<MailOptions> mail, MailTexts texts)
{
    public async Task NotifyAsync(string recipientId, string subject, string text, string link, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        db.Notifications.Add(new Notification
        {
            Id = Guid.NewGuid(),
            RecipientId = recipientId,
            Text = text,
            Link = link,
            CreatedAt = now,
        });

        var staff = await db.Staff.AsNoTracking().Where(s => s.Id == recipientId)
            .Select(s => new { s.Id, s.Name, s.Email, s.SchoolId }).FirstOrDefaultAsync(cancellationToken);
        if (staff is null)
        {
            return;
        }

        var address = staff.Email ?? await WorkAddressAsync(staff.Id, staff.SchoolId, cancellationToken);
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        var url = new Uri(mail.Value.PublicBaseUrl, link);
        var (mailSubject, body) = texts.Compose(await LanguageAsync(staff.Id, cancellationToken), staff.Name, subject, text, url);
        db.OutgoingMails.Add(new OutgoingMail
        {
            Id = Guid.NewGuid(),
            ToAddress = address,
            ToName = staff.Name,
            Subject = mailSubject,
            Body = body,
            CreatedAt = now,
            DueAt = now,
        });
    }

    /// <summary>Tells every administrator (<see cref="SignIn.Administrators"/>), in the app and by mail, in the caller's unit of work.</summary>
    public async Task NotifyAdministratorsAsync(string subject, string text, string link, CancellationToken cancellationToken)
    {
        foreach (var admin in await SignIn.Administrators.StaffIdsAsync(db, cancellationToken))
        {
            await NotifyAsync(admin, subject, text, link, cancellationToken);
        }
    }

    /// <summary>
    /// Queues a mail to a staff member only (no notice in the app), in the caller's unit of work: for mail
    /// that carries a secret link, such as an invitation. <paramref name="write"/> writes its subject and body from
    /// MailTexts.resx in the recipient's language (<see cref="MailTexts.Write{T}"/>). Returns false when the staff
    /// member has no address.
    /// </summary>
    public async Task<bool> MailAsync(string recipientId, Func<IStringLocalizer<MailTexts>, (string Subject, string Body)> write, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().Where(s => s.Id == recipientId)
            .Select(s => new { s.Id, s.Name, s.Email, s.SchoolId }).FirstOrDefaultAsync(cancellationToken);
        var address = staff is null ? null : staff.Email ?? await WorkAddressAsync(staff.Id, staff.SchoolId, cancellationToken);
        if (staff is null || string.IsNullOrWhiteSpace(address))
        {
            return false;
        }

        var (subject, body) = texts.Write(await LanguageAsync(staff.Id, cancellationToken), write);
        var now = time.GetUtcNow();
        db.OutgoingMails.Add(new OutgoingMail
        {
            Id = Guid.NewGuid(),
            ToAddress = address,
            ToName = staff.Name,
            Subject = subject,
            Body = body,
            CreatedAt = now,
            DueAt = now,
        });
        return true;
    }

    // The language the person chose with the language switch while signed in; Dutch when they never chose.
    private async Task<CultureInfo> LanguageAsync(string staffId, CancellationToken cancellationToken)
    {
        var chosen = await (from user in db.Users
                            where user.StaffId == staffId
                            join claim in db.UserClaims on user.Id equals claim.UserId
                            where claim.ClaimType == MailTexts.LanguageClaim
                            select claim.ClaimValue).FirstOrDefaultAsync(cancellationToken);
        return LocalizationFeature.Supported(chosen) ?? LocalizationFeature.Dutch;
    }

    // Staff without a recorded address get the organisation's convention: staff-id at the first domain
    // of their school, or of the board for board staff.
    private async Task<string?> WorkAddressAsync(string staffId, string? schoolId, CancellationToken cancellationToken)
    {
        var domains = schoolId is null
            ? await db.Boards.AsNoTracking().Select(b => b.Domains).FirstOrDefaultAsync(cancellationToken)
            : await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Domains).FirstOrDefaultAsync(cancellationToken);
        return domains is { Count: > 0 } ? $"{staffId}@{domains[0]}" : null;
    }
}
