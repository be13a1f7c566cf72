using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// Tells a staff member about a workflow step, in the app and by mail. Adds rows to the caller's unit
/// of work without saving: the notice commits together with the step it reports, or not at all.
/// </summary>
public sealed class Notifier(ProtocolwachtDbContext db, TimeProvider time, IOptions<MailOptions> mail)
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
            .Select(s => new { s.Name, s.Email }).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(staff?.Email))
        {
            return;
        }

        var url = new Uri(mail.Value.PublicBaseUrl, link);
        db.OutgoingMails.Add(new OutgoingMail
        {
            Id = Guid.NewGuid(),
            ToAddress = staff.Email,
            ToName = staff.Name,
            Subject = subject,
            Body = $"Beste {staff.Name},\n\n{text}\n\nBekijk het bericht: {url}\n\nMet vriendelijke groet,\nProtocolwacht",
            CreatedAt = now,
            DueAt = now,
        });
    }
}
