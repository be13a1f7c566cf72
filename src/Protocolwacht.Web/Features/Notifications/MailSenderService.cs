using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// Drains the mail outbox over SMTP (MailKit). A mail is claimed with a conditional update (lease), so
/// several app instances never send the same mail at once; a failed send is retried with backoff.
/// </summary>
public sealed partial class MailSenderService(IServiceScopeFactory scopes, TimeProvider time, IOptions<MailOptions> options, ILogger<MailSenderService> logger)
    : BackgroundService
{
    private readonly string _owner = $"mail-{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Host))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SendDueAsync(stoppingToken) == 0)
                {
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the sender must outlive a broken database connection or SMTP server
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoopFailed(logger, ex);
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }

    private async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var now = time.GetUtcNow();
        var candidates = await db.OutgoingMails.AsNoTracking()
            .Where(m => m.SentAt == null && m.DueAt <= now && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now))
            .OrderBy(m => m.DueAt).Select(m => m.Id).Take(10).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in candidates)
        {
            var leaseUntil = now.AddMinutes(2);
            var claimed = await db.OutgoingMails
                .Where(m => m.Id == id && m.SentAt == null && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, _owner).SetProperty(m => m.LeaseExpiresAt, leaseUntil), cancellationToken);
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
        try
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(settings.FromName, settings.From));
            message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
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
            mail.SentAt = time.GetUtcNow();
            mail.LastError = null;
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException)
        {
            mail.Attempts++;
            mail.LastError = ex.Message;
            mail.DueAt = time.GetUtcNow() + RetryBackoff.After(mail.Attempts);
            LogSendFailed(logger, mail.ToAddress, ex);
        }

        mail.LeaseOwner = null;
        mail.LeaseExpiresAt = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail to {Address} could not be sent; retrying later.")]
    private static partial void LogSendFailed(ILogger logger, string address, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The mail sender loop failed; retrying.")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
