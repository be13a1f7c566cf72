using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.Shared;

namespace Protocolwacht.Web.Features.Passwords;

/// <summary>
/// Makes a one-time password link and mails it (through the mail outbox) in one unit of work, with its
/// audit entry: an invitation by an administrator, or a "wachtwoord vergeten" request.
/// </summary>
public sealed class PasswordMail(ProtocolwachtDbContext db, PasswordLinks links, Notifier notifier, IAuditLog audit, IOptions<MailOptions> mail, TimeProvider time)
{
    /// <summary>Invites <paramref name="staffId"/> to set a password; false when the staff member has no mail address.</summary>
    public async Task<bool> InviteAsync(string staffId, string invitedBy, CancellationToken cancellationToken)
    {
        var token = links.Create(staffId, PasswordLinks.Invite, invitedBy);
        var until = time.GetUtcNow() + PasswordLinks.InviteLifetime;
        if (!await notifier.MailAsync(staffId, t => (t["Uitnodiging voor Protocolwacht"], Lines(
            t["Beste collega,"],
            "",
            t["Je bent uitgenodigd voor Protocolwacht, waarin Konot berichten voor de officiële socialemedia-accounts maakt en controleert."],
            t["Je gebruikersnaam is: {0}", staffId],
            "",
            t["Kies je wachtwoord via deze link. De link werkt één keer en is geldig tot {0}:", Display.Moment(until)],
            Link(token).ToString(),
            "",
            t["Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren."],
            "",
            t["Met vriendelijke groet,"],
            "Protocolwacht")), cancellationToken))
        {
            db.ChangeTracker.Clear();
            return false;
        }

        await audit.RecordAsync(invitedBy, AuditActions.StaffInvited, $"medewerker:{staffId}", "uitnodiging per e-mail, 72 uur geldig", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Mails a reset link to <paramref name="staffId"/> (who has a password already), in the language they chose.</summary>
    public async Task ResetAsync(string staffId, CancellationToken cancellationToken)
    {
        var token = links.Create(staffId, PasswordLinks.Reset, staffId);
        var until = time.GetUtcNow() + PasswordLinks.ResetLifetime;
        if (await notifier.MailAsync(staffId, t => (t["Nieuw wachtwoord voor Protocolwacht"], Lines(
            t["Beste collega,"],
            "",
            t["Er is gevraagd om een nieuw wachtwoord voor je Protocolwacht-account ({0}).", staffId],
            t["Kies een nieuw wachtwoord via deze link. De link werkt één keer en is geldig tot {0}:", Display.Moment(until)],
            Link(token).ToString(),
            "",
            t["Heb je dit niet zelf gevraagd? Dan hoef je niets te doen: je huidige wachtwoord blijft gelden."],
            "",
            t["Met vriendelijke groet,"],
            "Protocolwacht")), cancellationToken))
        {
            await audit.RecordAsync(AuditActors.UnknownUser, AuditActions.PasswordResetRequested, $"medewerker:{staffId}", null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static string Lines(params string[] lines) => string.Join('\n', lines);

    // The token is in the path: it holds no '=' that quoted-printable mail would turn into "=3D".
    private Uri Link(string token) => new(mail.Value.PublicBaseUrl, "/account/password/" + token);
}
