using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Infrastructure.Health;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// Issue #16, failure injection: the mail server (the loopback SMTP server) is down for an hour while an advice
/// request and its escalation queue their mails. The mails stay in the mail outbox, the readiness check shows the
/// lag, and when the server is back on the same port each mail arrives exactly once.
/// </summary>
public class SmtpOutageTests
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task SmtpDownForAnHour_AdviceAndEscalationMailsAreKeptAndDeliveredOnceWhenItReturns()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        await app.Smtp.StopAsync();

        var id = await tom.ComposeAsync(DoubtText, app.Clock.GetUtcNow().AddHours(4), "regenboog-x");
        await tom.RequestAdviceAsync(id); // a mail to Karin, his manager
        for (var minute = 0; minute < 150; minute += 5)
        {
            await app.AdvanceAsync(TimeSpan.FromMinutes(5)); // past the advice deadline (two hours before): escalated to Marieke
        }

        var mails = await app.WithDbAsync(db => db.OutgoingMails.AsNoTracking().ToListAsync());
        Assert.Contains(mails, m => m.ToName == "Karin Mulder"); // the advice request
        Assert.Contains(mails, m => m.ToName == "Marieke Jansen"); // the escalation
        Assert.All(mails, m => Assert.Null(m.SentAt));
        Assert.All(mails, m => Assert.True(m.Attempts >= 1, $"{m.Subject}: never attempted"));
        Assert.All(mails.Where(m => m.ToName is "Karin Mulder" or "Marieke Jansen" && m.CreatedAt < app.Clock.GetUtcNow().AddMinutes(-20)), m => Assert.True(m.Attempts > 1, $"{m.Subject}: {m.Attempts} attempts")); // retried, not given up
        Assert.Empty(app.Smtp.Messages);
        using var monitor = app.CreateClient();
        var ready = await (await monitor.GetAsync(new Uri("/health/ready", UriKind.Relative))).Content.ReadFromJsonAsync<HealthStatusReport>();
        Assert.Equal("Unhealthy", ready!.Checks.Single(c => c.Name == "mail-lag").Status); // mail waiting over 2 hours shows, though every send is rescheduled

        app.Smtp.Start();
        await app.AdvanceAsync(TimeSpan.FromMinutes(16)); // past the longest back-off
        await app.AdvanceAsync(TimeSpan.FromHours(1)); // and well after: nothing is sent again

        var sent = await app.WithDbAsync(db => db.OutgoingMails.AsNoTracking().ToListAsync());
        Assert.All(sent, m => Assert.NotNull(m.SentAt));
        var received = app.Smtp.Messages.Select(m => (To: m.Recipients.Single(), Subject: Subject(m))).Order().ToList();
        Assert.Equal(sent.Select(m => (To: m.ToAddress, m.Subject)).Order().ToList(), received); // each mail once
        var after = await monitor.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("Healthy", (await after.Content.ReadFromJsonAsync<HealthStatusReport>())!.Checks.Single(c => c.Name == "mail-lag").Status);
    }

    private static string Subject(ReceivedMail mail)
    {
        using var raw = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Raw));
        return MimeKit.MimeMessage.Load(raw).Subject ?? string.Empty;
    }
}
