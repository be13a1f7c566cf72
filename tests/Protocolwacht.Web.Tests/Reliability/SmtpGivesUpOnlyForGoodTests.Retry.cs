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

// Retrying given-up mail from the administrator's panel: one chosen mail, all of them, and the panel's count (split from
// SmtpGivesUpOnlyForGoodTests.cs).
public partial class SmtpGivesUpOnlyForGoodTests
{
    [Fact]
    public async Task AnAdministratorRetriesTheOneGivenUpMailTheyChose_ItArrives_TheOtherStaysGivenUp_AndSomeoneElseCannot()
    {
        // Every entry at every level, not only AppLog's warnings and errors: an address logged at Debug is still logged.
        var logs = new CollectingLoggerProvider();
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["Logging:LogLevel:Default"] = "Trace";
            o.Settings["Logging:LogLevel:Microsoft"] = "Trace";
            o.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
            o.Settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace";
            o.Services = s => s.AddSingleton<ILoggerProvider>(logs);
        });
        var fatima = await QueueAsync(app, "fatima.yilmaz@konot.nl", app.Clock.GetUtcNow());
        var bas = await QueueAsync(app, "bas.meijer@konot.nl", app.Clock.GetUtcNow());
        app.Smtp.RefuseRecipient(fatima.ToAddress, 550);
        app.Smtp.RefuseRecipient(bas.ToAddress, 550);
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.NotNull((await MailAsync(app, fatima.Id)).GaveUpAt);
        Assert.NotNull((await MailAsync(app, bas.Id)).GaveUpAt);

        // A staff member who is no administrator cannot (the action's token taken from a page they can open).
        using var tom = await app.SignInAsync("tom.hendriks");
        // Success is a redirect too (to the start page): the refusal is the redirect to the denied page.
        var refused = await tom.PostFormAsync(RetryPath, new() { ["id"] = fatima.Id.ToString("N") }, pagePath: "/");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/denied", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        Assert.NotNull((await MailAsync(app, fatima.Id)).GaveUpAt);

        // Fatima's mailbox exists again; the administrator presses "Opnieuw proberen" on her row. Each row has its own
        // button; the row is named by the mail's id in the form's body, never by an address.
        app.Smtp.AcceptRecipient(fatima.ToAddress);
        using var sanne = await app.SignInAsync("sanne.deboer");
        var panel = GivenUpPanel(WebUtility.HtmlDecode(await sanne.GetPageAsync("/?handler=Panels")));
        var rowForms = RowRetryForm().Matches(panel);
        Assert.Equal(2, rowForms.Count);
        Assert.All(rowForms, f => Assert.Equal(RetryPath, f.Groups["action"].Value));
        Assert.Contains(rowForms, f => f.Groups["id"].Value == fatima.Id.ToString("N"));
        Assert.Contains("Alles opnieuw proberen", panel, StringComparison.Ordinal); // two given up: one press for all is offered too
        // Every row's button says "Opnieuw proberen": its accessible name is the button's text and its row's (whose mail).
        Assert.Equal(2, RowRetryButton().Count(panel));
        foreach (Match button in RowRetryButton().Matches(panel))
        {
            Assert.Equal($"{button.Groups["row"].Value}-action {button.Groups["row"].Value}", button.Groups["labelledby"].Value);
            Assert.Contains($"id=\"{button.Groups["row"].Value}\">", panel, StringComparison.Ordinal);
        }

        var retried = await sanne.PostFormAsync(RetryPath, new() { ["id"] = fatima.Id.ToString("N") }, pagePath: "/");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal("Mail opnieuw aangeboden", HomeStatus(await sanne.GetPageAsync("/"))); // said once, after the press
        Assert.Null(HomeStatus(await sanne.GetPageAsync("/")));

        var due = await MailAsync(app, fatima.Id);
        Assert.Null(due.GaveUpAt);
        Assert.True(due.DueAt <= app.Clock.GetUtcNow());
        Assert.NotNull((await MailAsync(app, bas.Id)).GaveUpAt); // the mail not chosen stays given up
        // Who sent which mail again is audited: the mail's id, no address.
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.MailRetried).Select(e => new { e.Actor, e.Subject, e.Details }).SingleAsync());
        Assert.Equal("sanne.deboer", entry.Actor);
        Assert.Equal($"mail:{fatima.Id:N}", entry.Subject);
        Assert.Equal("opnieuw aangeboden", entry.Details);
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull((await MailAsync(app, fatima.Id)).SentAt);
        Assert.Single(app.Smtp.Messages, m => m.IsTo(fatima.ToAddress));
        Assert.Null((await MailAsync(app, bas.Id)).SentAt);
        var entries = logs.Entries.ToList();
        Assert.Contains(entries, e => e.Level < LogLevel.Information); // the collector sees the levels AppLog leaves out
        Assert.Contains(entries, e => e.Text.Contains(fatima.Id.ToString(), StringComparison.OrdinalIgnoreCase)); // the mail, by its id
        Assert.DoesNotContain(entries, e => e.Text.Contains(fatima.ToAddress, StringComparison.OrdinalIgnoreCase));

        // Bas's row is the only one left: its own button, and no "Alles opnieuw proberen" for a single mail.
        panel = GivenUpPanel(WebUtility.HtmlDecode(await sanne.GetPageAsync("/?handler=Panels")));
        Assert.Equal(bas.Id.ToString("N"), Assert.Single(RowRetryForm().Matches(panel)).Groups["id"].Value);
        Assert.DoesNotContain("Alles opnieuw proberen", panel, StringComparison.Ordinal);

        // A second press on a row already sent again changes nothing and records nothing, and says so.
        await sanne.PostFormAsync(RetryPath, new() { ["id"] = fatima.Id.ToString("N") }, pagePath: "/");
        Assert.Equal("Deze mail stond niet meer als niet bezorgd", HomeStatus(await sanne.GetPageAsync("/")));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.MailRetried)));
    }

    [Fact]
    public async Task RetryAll_SendsEveryGivenUpMailAgain_AlsoThoseThePanelDoesNotShow_WithOneAuditEntryWithTheCount()
    {
        var app = await apps.FreshAsync();
        var mails = new List<OutgoingMail>();
        for (var i = 0; i < 8; i++)
        {
            var mail = await QueueAsync(app, $"leerkracht{i}@konot.nl", app.Clock.GetUtcNow());
            app.Smtp.RefuseRecipient(mail.ToAddress, 550);
            mails.Add(mail);
        }

        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(8, await app.WithDbAsync(db => db.OutgoingMails.CountAsync(m => m.GaveUpAt != null)));

        // The cause was one for all (mended at the mail server): one press sends all eight, also the two past the six rows.
        foreach (var mail in mails)
        {
            app.Smtp.AcceptRecipient(mail.ToAddress);
        }

        using var sanne = await app.SignInAsync("sanne.deboer");
        var retried = await sanne.PostFormAsync(RetryPath, [], handler: "All", pagePath: "/");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutgoingMails.CountAsync(m => m.GaveUpAt != null)));
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.MailRetried).Select(e => e.Details).SingleAsync());
        Assert.Equal("8 opnieuw aangeboden", entry);
        // The start page says how many, once, in its status region (stop 49: the press said nothing, the row's did).
        Assert.Equal("8 mails opnieuw aangeboden", HomeStatus(await sanne.GetPageAsync("/")));
        Assert.Null(HomeStatus(await sanne.GetPageAsync("/")));
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(8, await app.WithDbAsync(db => db.OutgoingMails.CountAsync(m => m.SentAt != null)));
        Assert.Equal(8, app.Smtp.Messages.Count(m => mails.Any(mail => m.IsTo(mail.ToAddress))));
    }

    /// <summary>
    /// "Alles opnieuw proberen" says how many mails it offered again, in the reader's language and with the singular
    /// and the plural each its own sentence: two given up, one sent again by its row first, leaves one for the press
    /// ("1 mail", not "1 mails"); a second press finds none and says so. In English the same, with the English words.
    /// </summary>
    [Fact]
    public async Task RetryAll_SaysHowManyMailsItOfferedAgain_OneAsSingular_NoneLeft_AndInEnglish()
    {
        var app = await apps.FreshAsync();
        var mails = new List<OutgoingMail>();
        for (var i = 0; i < 5; i++)
        {
            var mail = await QueueAsync(app, $"leerkracht{i}@konot.nl", app.Clock.GetUtcNow());
            app.Smtp.RefuseRecipient(mail.ToAddress, 550);
            mails.Add(mail);
        }

        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(5, await app.WithDbAsync(db => db.OutgoingMails.CountAsync(m => m.GaveUpAt != null)));
        using var sanne = await app.SignInAsync("sanne.deboer");

        // Three of the five by their rows; the press then finds two.
        foreach (var mail in mails.Take(3))
        {
            await sanne.PostFormAsync(RetryPath, new() { ["id"] = mail.Id.ToString("N") }, pagePath: "/");
        }

        await sanne.GetPageAsync("/"); // the last row's status, said once
        await sanne.PostFormAsync(RetryPath, [], handler: "All", pagePath: "/");
        Assert.Equal("2 mails opnieuw aangeboden", HomeStatus(await sanne.GetPageAsync("/")));

        // Give one up again: the press finds one, and says "1 mail".
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(5, await app.WithDbAsync(db => db.OutgoingMails.CountAsync(m => m.GaveUpAt != null)));
        foreach (var mail in mails.Take(4))
        {
            await sanne.PostFormAsync(RetryPath, new() { ["id"] = mail.Id.ToString("N") }, pagePath: "/");
        }

        await sanne.GetPageAsync("/");
        await sanne.PostFormAsync(RetryPath, [], handler: "All", pagePath: "/");
        var page = await sanne.GetPageAsync("/");
        Assert.Equal("1 mail opnieuw aangeboden", HomeStatus(page));
        // Focused on load (a status region already in the page is not announced by itself: fixweb2), by the page's script.
        Assert.Contains("<p class=\"utrecht-alert utrecht-alert--info\" tabindex=\"-1\" data-focus-on-load role=\"status\" data-testid=\"home-status\">", page, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/js/focus-message.js\\?v=[^\"]+\" defer>", page);

        // Nothing left: a second press (another administrator was first) says so, and records nothing.
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.MailRetried));
        await sanne.PostFormAsync(RetryPath, [], handler: "All", pagePath: "/");
        Assert.Equal("Er stond geen mail meer als niet bezorgd", HomeStatus(await sanne.GetPageAsync("/")));
        Assert.Equal(audited, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.MailRetried)));

        // In English: both forms, each its own English sentence.
        await EnglishReaderDetailsTests.InEnglishAsync(sanne);
        await app.AdvanceAsync(TimeSpan.FromSeconds(1)); // the five are refused and given up again
        Assert.Equal(5, await app.WithDbAsync(db => db.OutgoingMails.CountAsync(m => m.GaveUpAt != null)));
        await sanne.PostFormAsync(RetryPath, [], handler: "All", pagePath: "/");
        Assert.Equal("5 emails offered again", HomeStatus(await sanne.GetPageAsync("/")));
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        foreach (var mail in mails.Take(4))
        {
            await sanne.PostFormAsync(RetryPath, new() { ["id"] = mail.Id.ToString("N") }, pagePath: "/");
        }

        await sanne.GetPageAsync("/");
        await sanne.PostFormAsync(RetryPath, [], handler: "All", pagePath: "/");
        Assert.Equal("1 email offered again", HomeStatus(await sanne.GetPageAsync("/")));
        await sanne.PostFormAsync(RetryPath, [], handler: "All", pagePath: "/");
        Assert.Equal("No mail was listed as undelivered any more", HomeStatus(await sanne.GetPageAsync("/")));
    }

    [Fact]
    public async Task MoreGivenUpMailsThanThePanelShows_ThePanelSaysHowManyMore()
    {
        var app = await apps.FreshAsync();
        for (var i = 0; i < 8; i++)
        {
            await QueueAsync(app, $"leerkracht{i}@@konot.nl", app.Clock.GetUtcNow());
        }

        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(8, await app.WithDbAsync(db => db.OutgoingMails.CountAsync(m => m.GaveUpAt != null)));

        using var sanne = await app.SignInAsync("sanne.deboer");
        var panel = GivenUpPanel(WebUtility.HtmlDecode(await sanne.GetPageAsync("/?handler=Panels")));
        Assert.Equal(6, panel.Split("Het adres van de ontvanger is ongeldig.").Length - 1);
        Assert.Contains("en nog 2 niet bezorgd", panel, StringComparison.Ordinal);
    }
}
