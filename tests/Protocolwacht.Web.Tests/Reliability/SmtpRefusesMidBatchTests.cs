using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Infrastructure.Health;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// Failure injection: a batch of eight notification mails leaves while the loopback SMTP server starts failing
/// after the third, by refusing the recipient for now (450, quoting the address as Postfix does), refusing the message
/// after DATA (451), or keeping the message and dropping the connection before its 250. No mail is lost: each one still in
/// the outbox is retried and arrives once the server accepts again. A refused mail's reason is Dutch, in the outbox
/// and the readiness check, and neither it nor the log quotes the server (its reply holds the address). A message the
/// server kept without confirming is sent again (SMTP gives the sender no way to know), and both copies carry the
/// mail's one Message-ID, so the recipient's mail system can recognise the second.
/// A recipient refused for good (550) is given up instead, not retried (<see cref="SmtpRefusesOneRecipientTests"/>), so
/// this case refuses for now (450): it is about mail that waits and must not be lost. The reasons are checked because a
/// server's reply quotes the address, and the Message-IDs because a dropped connection makes the sender send again.
/// </summary>
public class SmtpRefusesMidBatchTests
{
    private static readonly string[] Batch =
        ["tom.hendriks", "fatima.yilmaz", "bas.meijer", "eva.degroot", "jeroen.vos", "noor.peters", "kees.dekker", "linda.koster"];

    [Theory]
    [InlineData(SmtpFailure.RecipientDeferred, "450")]
    [InlineData(SmtpFailure.DataRefused, "451")]
    public async Task ServerRefusesAfterTheThirdMail_TheRestWaitWithADutchReason_AndArriveOnceWhenItAcceptsAgain(SmtpFailure failure, string code)
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        app.Smtp.FailAfter(3, failure);
        await QueueBatchAsync(app);
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        var mails = await OutboxAsync(app);
        Assert.Equal(Batch.Length, mails.Count);
        Assert.Equal(3, app.Smtp.Messages.Count);
        Assert.Equal(3, mails.Count(m => m.SentAt is not null));
        var waiting = mails.Where(m => m.SentAt is null).ToList();
        Assert.All(waiting, m => Assert.Equal(1, m.Attempts));
        Assert.All(waiting, m => Assert.Contains($"SMTP {code}", m.LastError, StringComparison.Ordinal));
        Assert.All(waiting, m => Assert.StartsWith("De mailserver weigerde", m.LastError, StringComparison.Ordinal));
        Assert.All(waiting, m => Assert.DoesNotContain(m.ToAddress, m.LastError, StringComparison.OrdinalIgnoreCase));
        Assert.All(waiting, m => Assert.DoesNotContain("rejected", m.LastError, StringComparison.OrdinalIgnoreCase));
        Assert.All(waiting, m => Assert.DoesNotContain("error", m.LastError, StringComparison.OrdinalIgnoreCase));

        // The log says which mails failed (by id), and nothing of whom they were for.
        Assert.All(waiting, m => Assert.Contains(m.Id.ToString(), app.Log.Text, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.DoesNotContain(m.ToAddress, app.Log.Text, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("rejected", app.Log.Text, StringComparison.OrdinalIgnoreCase);

        // Whoever reads the readiness check learns why mail waits once it waits long.
        await app.AdvanceAsync(TimeSpan.FromMinutes(20));
        using var monitor = app.CreateClient();
        var ready = await (await monitor.GetAsync(new Uri("/health/ready", UriKind.Relative))).Content.ReadFromJsonAsync<HealthStatusReport>();
        var lag = ready!.Checks.Single(c => c.Name == "mail-lag");
        Assert.Equal("Degraded", lag.Status);
        Assert.Contains($"SMTP {code}", lag.Description, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.DoesNotContain(m.ToAddress, lag.Description, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3, app.Smtp.Messages.Count); // retried meanwhile, refused each time

        app.Smtp.StopFailing();
        await app.AdvanceAsync(TimeSpan.FromMinutes(16)); // past the longest back-off
        await app.AdvanceAsync(TimeSpan.FromHours(1)); // and well after: nothing is sent again

        var sent = await OutboxAsync(app);
        Assert.All(sent, m => Assert.NotNull(m.SentAt));
        Assert.All(sent, m => Assert.Null(m.LastError));
        Assert.Equal(sent.Select(m => m.ToAddress).Order(), app.Smtp.Messages.Select(m => m.Recipients.Single()).Order()); // each once
    }

    [Fact]
    public async Task ServerKeepsTheFourthMailButDropsTheConnection_ItIsSentAgainWithTheSameMessageId_AndNoneIsLost()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        app.Smtp.FailAfter(3, SmtpFailure.DroppedBeforeReply, times: 1);
        await QueueBatchAsync(app);
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        var mails = await OutboxAsync(app);
        Assert.Equal(Batch.Length, app.Smtp.Messages.Count); // the server has all eight, the fourth unconfirmed
        var unconfirmed = Assert.Single(mails, m => m.SentAt is null);
        Assert.StartsWith("De verbinding met de mailserver", unconfirmed.LastError, StringComparison.Ordinal);

        await app.AdvanceAsync(TimeSpan.FromMinutes(16));
        await app.AdvanceAsync(TimeSpan.FromHours(1));

        var sent = await OutboxAsync(app);
        Assert.All(sent, m => Assert.NotNull(m.SentAt));
        var received = app.Smtp.Messages.Select(m => (To: m.Recipients.Single(), Id: MessageId(m))).ToList();
        Assert.Equal(Batch.Length + 1, received.Count); // the unconfirmed one twice: SMTP cannot tell the sender it arrived
        Assert.Equal(sent.Select(m => m.ToAddress).Order(), received.Select(r => r.To).Distinct().Order());
        Assert.Equal(Batch.Length, received.Select(r => r.Id).Distinct().Count()); // ... but as one message
        var copies = received.Where(r => r.To == unconfirmed.ToAddress).ToList();
        Assert.Equal(2, copies.Count);
        Assert.Equal(copies[0].Id, copies[1].Id);
    }

    // Eight notices with their mails, queued through the app's Notifier in one unit of work, as a workflow step does.
    private static async Task QueueBatchAsync(ProtocolwachtApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        foreach (var staff in Batch)
        {
            await notifier.NotifyAsync(staff, "Nieuwe versie van het protocol", "Er staat een nieuwe versie van het socialemediaprotocol klaar.", "/protocol", CancellationToken.None);
        }

        await scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>().SaveChangesAsync();
        app.Smtp.Clear();
    }

    private static Task<List<OutgoingMail>> OutboxAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.OutgoingMails.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    private static string MessageId(ReceivedMail mail)
    {
        using var raw = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Raw));
        return MimeKit.MimeMessage.Load(raw).MessageId ?? string.Empty;
    }
}
