using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Infrastructure.Health;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// Failure injection per recipient: in a batch of eight notification mails the loopback SMTP server refuses one
/// recipient. A permanent refusal (550, the mailbox does not exist) ends that mail's retries at once; a temporary one
/// (450) is retried with the back-off until the retry window (<c>Mail:RetryFor</c>) has passed, and then given up. The
/// other seven arrive at once either way. A given-up mail no longer holds the readiness check's mail lag as waiting mail,
/// but keeps it degraded for a day (someone should look at the address), and the administrator's start page says whom it did not reach (the name the app shows, never the address), which mail and
/// why, in Dutch; the log names only the mail's id.
/// </summary>
public class SmtpRefusesOneRecipientTests
{
    private static readonly string[] Batch =
        ["tom.hendriks", "fatima.yilmaz", "bas.meijer", "eva.degroot", "jeroen.vos", "noor.peters", "kees.dekker", "linda.koster"];

    // On both databases: the sender's claim, the mail lag and the start page's panel each ask for the new column.
    [Theory]
    [AllDatabases]
    public async Task ServerRefusesOneMailboxForGood_ThatMailIsGivenUpAtOnce_AndTheAdministratorSeesWhoDidNotGetWhatAndWhy(DatabaseProvider database)
    {
        await using var app = await ProtocolwachtApp.StartAsync(database);
        var dead = await QueueBatchAsync(app, "fatima.yilmaz");
        app.Smtp.RefuseRecipient(dead.ToAddress, 550);
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(Batch.Length - 1, app.Smtp.Messages.Count); // the other seven went at once
        var refused = await MailAsync(app, dead.Id);
        Assert.Null(refused.SentAt);
        Assert.NotNull(refused.GaveUpAt);
        Assert.Equal(1, refused.Attempts);
        Assert.Equal(1, app.Smtp.RecipientCommandsFor(dead.ToAddress));
        Assert.Contains("SMTP 550", refused.LastError, StringComparison.Ordinal);
        Assert.StartsWith("De mailserver weigerde", refused.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(dead.ToAddress, refused.LastError, StringComparison.OrdinalIgnoreCase);

        // An hour of rounds, each past the longest back-off: the address is never tried again.
        for (var round = 0; round < 4; round++)
        {
            await app.AdvanceAsync(TimeSpan.FromMinutes(16));
        }

        Assert.Equal(1, app.Smtp.RecipientCommandsFor(dead.ToAddress));
        Assert.Equal(1, (await MailAsync(app, dead.Id)).Attempts);

        // The readiness check's mail lag does not count it as waiting, but is degraded for a day: a mail was given up.
        using var monitor = app.CreateClient();
        var ready = await (await monitor.GetAsync(new Uri("/health/ready", UriKind.Relative))).Content.ReadFromJsonAsync<HealthStatusReport>();
        var lag = ready!.Checks.Single(c => c.Name == "mail-lag");
        Assert.Equal("Degraded", lag.Status);
        Assert.Contains("opgegeven", lag.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(dead.ToAddress, lag.Description, StringComparison.OrdinalIgnoreCase);
        await app.AdvanceAsync(TimeSpan.FromDays(1));
        ready = await (await monitor.GetAsync(new Uri("/health/ready", UriKind.Relative))).Content.ReadFromJsonAsync<HealthStatusReport>();
        Assert.Equal("Healthy", ready!.Checks.Single(c => c.Name == "mail-lag").Status);

        // The administrator learns it on the start page: the name and the mail's subject, the Dutch reason, no address.
        using var sanne = await app.SignInAsync("sanne.deboer");
        var panels = WebUtility.HtmlDecode(await sanne.GetPageAsync("/?handler=Panels"));
        var panel = panels[panels.IndexOf("data-testid=\"panel-mail-given-up\"", StringComparison.Ordinal)..];
        Assert.Contains($"{dead.ToName}: {dead.Subject}", panel, StringComparison.Ordinal);
        Assert.Contains("SMTP 550", panel, StringComparison.Ordinal);
        Assert.DoesNotContain(dead.ToAddress, panels, StringComparison.OrdinalIgnoreCase);

        // A staff member who is no administrator does not see it.
        using var tom = await app.SignInAsync("tom.hendriks");
        Assert.DoesNotContain("panel-mail-given-up", await tom.GetPageAsync("/?handler=Panels"), StringComparison.Ordinal);

        // The log says which mail was given up, and nothing of whom it was for.
        Assert.Contains(dead.Id.ToString(), app.Log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(dead.ToAddress, app.Log.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ServerRefusesOneMailboxForNow_ItIsRetriedWithTheBackOff_AndGivenUpOnceTheRetryWindowHasPassed()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Mail:RetryFor"] = "01:00:00");
        var busy = await QueueBatchAsync(app, "fatima.yilmaz");
        app.Smtp.RefuseRecipient(busy.ToAddress, 450);
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(Batch.Length - 1, app.Smtp.Messages.Count);

        // Retried each round while the window lasts, each time due later by the back-off (5 s, 10 s, 20 s, ...).
        var waits = new List<TimeSpan>();
        for (var round = 1; round <= 4; round++)
        {
            var mail = await MailAsync(app, busy.Id);
            Assert.Null(mail.GaveUpAt);
            Assert.Equal(round, mail.Attempts);
            Assert.Contains("SMTP 450", mail.LastError, StringComparison.Ordinal);
            waits.Add(mail.DueAt - app.Clock.GetUtcNow());
            await app.AdvanceAsync(TimeSpan.FromMinutes(16));
        }

        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40)], waits);

        // The fifth attempt comes 64 minutes after the mail was queued, past the hour: it is the last.
        var givenUp = await MailAsync(app, busy.Id);
        Assert.NotNull(givenUp.GaveUpAt);
        Assert.Equal(5, givenUp.Attempts);
        Assert.Equal(5, app.Smtp.RecipientCommandsFor(busy.ToAddress));
        Assert.Contains("SMTP 450", givenUp.LastError, StringComparison.Ordinal);

        await app.AdvanceAsync(TimeSpan.FromMinutes(16));
        await app.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Equal(5, app.Smtp.RecipientCommandsFor(busy.ToAddress));
        Assert.Equal(Batch.Length - 1, app.Smtp.Messages.Count);
    }

    // Eight notices with their mails, queued through the app's Notifier in one unit of work, as a workflow step does;
    // returns the mail to the one staff member named.
    private static async Task<OutgoingMail> QueueBatchAsync(ProtocolwachtApp app, string refusedStaff)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        foreach (var staff in Batch)
        {
            await notifier.NotifyAsync(staff, "Nieuwe versie van het protocol", "Er staat een nieuwe versie van het socialemediaprotocol klaar.", "/protocol", CancellationToken.None);
        }

        await db.SaveChangesAsync();
        app.Smtp.Clear();
        var name = await db.Staff.Where(s => s.Id == refusedStaff).Select(s => s.Name).SingleAsync();
        return await db.OutgoingMails.AsNoTracking().SingleAsync(m => m.ToName == name);
    }

    private static Task<OutgoingMail> MailAsync(ProtocolwachtApp app, Guid id) =>
        app.WithDbAsync(db => db.OutgoingMails.AsNoTracking().SingleAsync(m => m.Id == id));
}
