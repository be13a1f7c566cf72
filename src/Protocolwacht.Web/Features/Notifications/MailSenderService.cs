using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// Drains the mail outbox over SMTP (MailKit). A mail is claimed with a conditional update (lease), so
/// several app instances never send the same mail at once; a failed send is retried with backoff. Every attempt at one
/// mail carries the same Message-ID (from the mail's id): a server that kept a message but dropped the connection before
/// confirming it gets it again on the retry, and SMTP cannot tell the sender; the same Message-ID lets the recipient's
/// mail system recognise the copy. A permanent refusal of the one message (<see cref="MailFailure.IsPermanent"/>) ends its
/// retries at once, and a temporary one ends them once its first failure is older than <see cref="MailOptions.RetryFor"/>
/// (never one about the settings: the sign-in, the sender); an address MimeKit cannot read is given up without a try. The
/// mail is then given up (<c>GaveUpAt</c>), and administrators see on their start page whom it did not reach and why
/// (<see cref="UndeliveredMailHomeOverview"/>).
/// </summary>
public sealed partial class MailSenderService(IServiceScopeFactory scopes, TimeProvider time, IOptions<MailOptions> options, ILogger<MailSenderService> logger)
    : RecurringJob(time, logger)
{
    /// <summary>Without an SMTP host mails wait in the outbox; in-app notifications still arrive.</summary>
    public override bool IsEnabled => !string.IsNullOrWhiteSpace(options.Value.Host);

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var now = Time.GetUtcNow();
        var candidates = await db.OutgoingMails.AsNoTracking()
            .Where(m => m.SentAt == null && m.GaveUpAt == null && m.DueAt <= now && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now))
            .OrderBy(m => m.DueAt).Select(m => m.Id).Take(10).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in candidates)
        {
            var leaseUntil = now.AddMinutes(2);
            var claimed = await db.OutgoingMails
                .Where(m => m.Id == id && m.SentAt == null && m.GaveUpAt == null && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, LeaseOwner).SetProperty(m => m.LeaseExpiresAt, leaseUntil), cancellationToken);
            if (claimed == 1)
            {
                await SendOneAsync(db, id, cancellationToken);
                sent++;
            }
        }

        return sent;
    }

    private async Task SendOneAsync(ProtocolwachtDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var mail = await db.OutgoingMails.SingleAsync(m => m.Id == id, cancellationToken);
        var settings = options.Value;
        if (RecipientOf(mail) is not { } recipient)
        {
            // An address no server will take (a typing error in the staff list): waiting does not mend it, so the mail is
            // given up at once; an administrator reads why on the start page and can send it again after mending it.
            mail.Attempts++;
            mail.GaveUpAt = Time.GetUtcNow();
            mail.LastError = MailFailure.DescribeGivenUp(MailFailure.InvalidRecipient);
            LogGaveUp(Logger, mail.Id, mail.Attempts, "InvalidRecipientAddress");
            await ReleaseAsync(db, mail, cancellationToken);
            return;
        }

        try
        {
            // Mail:From was checked at start (SenderAddress): it has a domain, which the Message-ID ends in.
            var sender = new MailboxAddress(settings.FromName, settings.From);
            var message = new MimeMessage { MessageId = $"{mail.Id:N}@{sender.Domain}" };
            message.From.Add(sender);
            message.To.Add(recipient);
            message.Subject = mail.Subject;
            message.Body = new TextPart("plain") { Text = mail.Body };
            using var client = new SmtpClient();
            await client.ConnectAsync(settings.Host!, settings.Port, settings.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            mail.SentAt = Time.GetUtcNow();
            mail.LastError = null;
        }
        catch (Exception ex) when (MailFailure.IsRetryable(ex))
        {
            mail.Attempts++;
            var now = Time.GetUtcNow();
            // The window counts from the first failure: a mail queued while SMTP was not set up or the app was down has
            // had no attempt yet. A failure of the settings (sign-in, sender) never ends it: mending them delivers it.
            mail.FirstFailedAt ??= now;
            if (MailFailure.IsPermanent(ex) || (!MailFailure.IsAboutSettings(ex) && now - mail.FirstFailedAt >= settings.RetryFor))
            {
                mail.GaveUpAt = now;
                mail.LastError = MailFailure.DescribeGivenUp(ex);
                LogGaveUp(Logger, mail.Id, mail.Attempts, MailFailure.ForLog(ex));
            }
            else
            {
                mail.LastError = MailFailure.Describe(ex);
                mail.DueAt = now + RetryBackoff.After(mail.Attempts);
                LogSendFailed(Logger, mail.Id, mail.Attempts, MailFailure.ForLog(ex));
            }
        }

        await ReleaseAsync(db, mail, cancellationToken);
    }

    private static async Task ReleaseAsync(ProtocolwachtDbContext db, OutgoingMail mail, CancellationToken cancellationToken)
    {
        mail.LeaseOwner = null;
        mail.LeaseExpiresAt = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    // MimeKit refuses an address it cannot read with a ParseException; null for such an address.
    private static MailboxAddress? RecipientOf(OutgoingMail mail) =>
        MailboxAddress.TryParse(mail.ToAddress, out var parsed) && parsed.Address.Contains('@', StringComparison.Ordinal)
            ? new MailboxAddress(mail.ToName, parsed.Address)
            : null;

    // The mail's id, never its address: nothing personal in logs at Warning. Not the exception either: its message is
    // the server's reply, which for a refused recipient quotes the address.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} could not be sent (attempt {Attempts}, {Failure}); retrying later.")]
    private static partial void LogSendFailed(ILogger logger, Guid mailId, int attempts, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} was given up (attempt {Attempts}, {Failure}); it is not retried.")]
    private static partial void LogGaveUp(ILogger logger, Guid mailId, int attempts, string failure);
}
