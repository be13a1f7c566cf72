using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Infrastructure.Localization;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// The mail sender gives a mail up only when a later attempt cannot fare better, and an administrator can take it back.
/// A refusal that is about Protocolwacht's own settings or reputation (relaying denied, a blocklist, the sender address)
/// hits every mail alike, so giving up on it would lose every mail of the day; a mail that waited for the server (or for
/// SMTP settings) gets its whole retry window from its first failure; an address MimeKit cannot read is given up at
/// once instead of failing the same way every round. The tests on a default app share one, a fresh database and a mail
/// server without refusals each (<see cref="FreshDatabaseApp"/>); the others need settings of their own.
/// </summary>
public partial class SmtpGivesUpOnlyForGoodTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task RelayAccessDenied_IsAboutTheSettings_SoTheMailIsRetried_AndTheLogHasNoReplyText()
    {
        var app = await apps.FreshAsync();
        var mail = await QueueAsync(app, "fatima.yilmaz@konot.nl", app.Clock.GetUtcNow());
        app.Smtp.RefuseRecipient(mail.ToAddress, 554, "5.7.1");
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        var refused = await MailAsync(app, mail.Id);
        Assert.Equal(1, refused.Attempts);
        Assert.Null(refused.GaveUpAt);
        Assert.True(refused.DueAt > app.Clock.GetUtcNow());
        Assert.Contains("SMTP 554", refused.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("Relay", app.Log.Text, StringComparison.OrdinalIgnoreCase);

        // Once the settings are mended, the mail that waited arrives.
        app.Smtp.AcceptRecipient(mail.ToAddress);
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.NotNull((await MailAsync(app, mail.Id)).SentAt);
        Assert.Single(app.Smtp.Messages, m => m.IsTo(mail.ToAddress));
    }

    [Fact]
    public async Task AnOldServerSays550WithoutAnEnhancedStatus_ThatIsAboutTheAddress_SoTheMailIsGivenUpAtOnce()
    {
        var app = await apps.FreshAsync();
        var mail = await QueueAsync(app, "fatima.yilmaz@konot.nl", app.Clock.GetUtcNow());
        app.Smtp.RefuseRecipient(mail.ToAddress, 550, string.Empty);
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        var refused = await MailAsync(app, mail.Id);
        Assert.NotNull(refused.GaveUpAt);
        Assert.Contains("SMTP 550", refused.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMailQueuedLongBeforeItsFirstFailure_GetsTheWholeRetryWindowFromThatFailure()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Mail:RetryFor"] = "01:00:00");

        // Queued three hours ago, while the app had no SMTP settings: its first attempt is now, and the server says "not now".
        var mail = await QueueAsync(app, "fatima.yilmaz@konot.nl", app.Clock.GetUtcNow() - TimeSpan.FromHours(3));
        app.Smtp.RefuseRecipient(mail.ToAddress, 450);
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        var first = await MailAsync(app, mail.Id);
        Assert.Equal(1, first.Attempts);
        Assert.Null(first.GaveUpAt);
        Assert.Equal(app.Clock.GetUtcNow(), first.FirstFailedAt!.Value, TimeSpan.FromSeconds(2));

        // Past the hour from the first failure it is given up after all.
        for (var round = 0; round < 5; round++)
        {
            await app.AdvanceAsync(TimeSpan.FromMinutes(16));
        }

        Assert.NotNull((await MailAsync(app, mail.Id)).GaveUpAt);
    }

    [Fact]
    public async Task TheServerRefusesProtocolwachtsSender_TheMailIsNeverGivenUp_SoMendingTheSettingsDeliversIt()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Mail:RetryFor"] = "01:00:00");
        var mail = await QueueAsync(app, "fatima.yilmaz@konot.nl", app.Clock.GetUtcNow());
        app.Smtp.FailAfter(0, SmtpFailure.SenderRefused);

        // Three hours of rounds, well past the window.
        for (var round = 0; round < 12; round++)
        {
            await app.AdvanceAsync(TimeSpan.FromMinutes(16));
        }

        var refused = await MailAsync(app, mail.Id);
        Assert.True(refused.Attempts >= 5, $"{refused.Attempts} attempts");
        Assert.Null(refused.GaveUpAt);
        Assert.Contains("afzender", refused.LastError, StringComparison.Ordinal);

        app.Smtp.StopFailing();
        await app.AdvanceAsync(TimeSpan.FromMinutes(16));
        Assert.NotNull((await MailAsync(app, mail.Id)).SentAt);
    }

    [Fact]
    public async Task AnAddressMimeKitCannotRead_IsGivenUpAtOnce_WithADutchReason_AndTheNextMailStillGoes()
    {
        var app = await apps.FreshAsync();
        var broken = await QueueAsync(app, "fatima.yilmaz@@konot.nl", app.Clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        var next = await QueueAsync(app, "bas.meijer@konot.nl", app.Clock.GetUtcNow());
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        var givenUp = await MailAsync(app, broken.Id);
        Assert.NotNull(givenUp.GaveUpAt);
        Assert.Null(givenUp.LeaseExpiresAt);
        Assert.StartsWith("Het adres van de ontvanger is ongeldig.", givenUp.LastError, StringComparison.Ordinal);
        Assert.NotNull((await MailAsync(app, next.Id)).SentAt);
        Assert.DoesNotContain(" Error ", app.Log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(broken.ToAddress, app.Log.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-01:00:00")]
    public async Task ARetryWindowOfNothing_StopsTheAppAtItsStart_WithADutchReason(string window)
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Mail:RetryFor"] = window);
        });
        Assert.Contains("Mail:RetryFor moet langer dan nul zijn", refused.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("protocolwacht")] // no domain: a server refuses every mail from it, found only at the first mail
    [InlineData("protocolwacht@@konot.nl")]
    [InlineData("Protocolwacht <protocolwacht@konot.nl>")] // the name belongs in Mail:FromName
    [InlineData(" ")]
    public async Task ABadSenderAddress_StopsTheAppAtItsStart_WithADutchReasonNamingTheSetting(string from)
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Mail:From"] = from);
        });
        Assert.Contains("Mail:From moet één geldig e-mailadres zijn", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoodSenderAddress_StartsTheApp_AndMailLeavesFromIt()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Mail:From"] = "communicatie@konot.nl");
        var mail = await QueueAsync(app, "fatima.yilmaz@konot.nl", app.Clock.GetUtcNow());
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        var received = Assert.Single(app.Smtp.Messages, m => m.IsTo(mail.ToAddress));
        Assert.Equal("communicatie@konot.nl", received.From);
        Assert.Contains($"Message-ID: <{mail.Id:N}@konot.nl>", received.Raw, StringComparison.OrdinalIgnoreCase);
    }

    private const string RetryPath = "/mail/given-up/retry";

    private static async Task<OutgoingMail> QueueAsync(ProtocolwachtApp app, string address, DateTimeOffset queuedAt)
    {
        var mail = new OutgoingMail
        {
            Id = Guid.NewGuid(),
            ToAddress = address,
            ToName = "Fatima Yilmaz",
            Subject = "Nieuwe versie van het protocol",
            Body = "Er staat een nieuwe versie van het socialemediaprotocol klaar.",
            CreatedAt = queuedAt,
            DueAt = queuedAt,
        };
        await app.WithDbAsync(async db =>
        {
            db.OutgoingMails.Add(mail);
            return await db.SaveChangesAsync();
        });
        return mail;
    }

    private static string GivenUpPanel(string panels)
    {
        var panel = panels[panels.IndexOf("data-testid=\"panel-mail-given-up\"", StringComparison.Ordinal)..];
        return panel[..panel.IndexOf("</section>", StringComparison.Ordinal)];
    }

    private static string? HomeStatus(string page)
    {
        var status = HomeStatusText().Match(page);
        return status.Success ? WebUtility.HtmlDecode(status.Groups[1].Value) : null;
    }

    [GeneratedRegex("role=\"status\" data-testid=\"home-status\">([^<]*)<")]
    private static partial Regex HomeStatusText();

    [GeneratedRegex("<button type=\"submit\" id=\"(?<row>[^\"]+)-action\"[^>]* aria-labelledby=\"(?<labelledby>[^\"]+)\" data-testid=\"panel-row-action\">")]
    private static partial Regex RowRetryButton();

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]+)\" class=\"panel-row-action\">\\s*<input type=\"hidden\" name=\"id\" value=\"(?<id>[0-9a-f]+)\"")]
    private static partial Regex RowRetryForm();

    private static Task<OutgoingMail> MailAsync(ProtocolwachtApp app, Guid id) =>
        app.WithDbAsync(db => db.OutgoingMails.AsNoTracking().SingleAsync(m => m.Id == id));
}
