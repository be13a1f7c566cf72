using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Passwords;

/// <summary>
/// Real staff get a local password only through a one-time link by mail: an administrator's invitation
/// (72 hours) or "wachtwoord vergeten". The mail crosses a real SMTP server on loopback; the test reads it,
/// follows the link, sets the password and signs in.
/// </summary>
public sealed partial class PasswordLinkTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string AdminPassword = "Beheer-wachtwoord-2026";
    private const string NewPassword = "Mijn-eigen-wachtwoord-7";

    [Theory]
    [AllDatabases]
    public async Task Invitation_InProduction_MailedLinkSetsThePassword_AndTheStaffMemberSignsIn_OnlyOnce(DatabaseProvider provider)
    {
        await using var app = await ProtocolwachtApp.StartInProductionAsync(o => o.Database = provider);
        await app.SetPasswordAsync("sanne.deboer", AdminPassword);
        using var sanne = await app.SignInAsync("sanne.deboer", AdminPassword);
        // Outside Development an administrator sets up the authenticator app before anything else.
        var key = Authenticator.KeyOnPage(await sanne.GetPageAsync("/account/two-factor"));
        await sanne.PostFormAsync("/account/two-factor", new() { ["Code"] = Authenticator.Code(key) });
        using var tom = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(tom, "tom.hendriks", ProtocolwachtApp.DemoPassword)).StatusCode);

        // The list names Tom's school by its name, and his button whom it invites (stop 49's phone walk: "regenboog", and
        // seventeen buttons called "Opnieuw uitnodigen" alone).
        var list = WebUtility.HtmlDecode(await sanne.GetPageAsync("/staff-accounts"));
        var tomsRow = list[list.IndexOf("data-staff=\"tom.hendriks\"", StringComparison.Ordinal)..];
        tomsRow = tomsRow[..tomsRow.IndexOf("</tr>", StringComparison.Ordinal)];
        // Read with its value on a phone, where the card shows it (fixweb2: aria-hidden, so VoiceOver read bare values).
        Assert.Contains("<span class=\"cell-label\">School</span>Basisschool De Regenboog</td>", tomsRow, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\"> Tom Hendriks</span></button>", tomsRow, StringComparison.Ordinal);
        // Board staff work at the board's office, not at a school called by its code or "bestuur" (stop 50's walk).
        var mariekesRow = list[list.IndexOf("data-staff=\"marieke.jansen\"", StringComparison.Ordinal)..];
        Assert.Contains("<span class=\"cell-label\">School</span>Bestuursbureau</td>", mariekesRow[..mariekesRow.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);

        var invite = await sanne.PostFormAsync("/staff-accounts", new() { ["staffId"] = "tom.hendriks" }, handler: "Invite");
        Assert.Contains("Uitnodiging verstuurd aan tom.hendriks", await invite.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var token = await MailedTokenAsync(app, "tom.hendriks", "Uitnodiging voor Protocolwacht");

        Assert.Contains("data-testid=\"password-user\">tom.hendriks<", await tom.GetPageAsync("/account/password/" + token), StringComparison.Ordinal);
        var set = await tom.PostFormAsync("/account/password/" + token, new() { ["Password"] = NewPassword, ["Confirmation"] = NewPassword });
        Assert.Contains("Je wachtwoord is ingesteld", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(tom, "tom.hendriks", NewPassword)).StatusCode);

        // Used once: the same link neither shows the form nor sets another password.
        using var attacker = app.Anonymous();
        Assert.Contains(PasswordLinks.LinkUnusable, WebUtility.HtmlDecode(await attacker.GetPageAsync("/account/password/" + token)), StringComparison.Ordinal);
        var reuse = await attacker.PostFormAsync("/account/password/" + token, new() { ["Password"] = "Ander-wachtwoord-99!", ["Confirmation"] = "Ander-wachtwoord-99!" }, pagePath: "/account/password/forgot");
        Assert.Contains(PasswordLinks.LinkUnusable, WebUtility.HtmlDecode(await reuse.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(app.Anonymous(), "tom.hendriks", "Ander-wachtwoord-99!")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(app.Anonymous(), "tom.hendriks", NewPassword)).StatusCode);

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Subject == "medewerker:tom.hendriks").OrderBy(e => e.Id).Select(e => new { e.Actor, e.Action }).ToListAsync());
        Assert.Contains(new { Actor = "sanne.deboer", Action = AuditActions.StaffInvited }, audit);
        Assert.Contains(new { Actor = "tom.hendriks", Action = AuditActions.PasswordSet }, audit);
    }

    [Fact]
    public async Task Invitation_AfterSeventyTwoHours_IsRefused()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        await sanne.PostFormAsync("/staff-accounts", new() { ["staffId"] = "bas.meijer" }, handler: "Invite");
        var token = await MailedTokenAsync(app, "bas.meijer", "Uitnodiging voor Protocolwacht");
        using var bas = app.Anonymous();

        app.Clock.Advance(TimeSpan.FromHours(71));
        Assert.Contains("password-submit", await bas.GetPageAsync("/account/password/" + token), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("password-submit", await bas.GetPageAsync("/account/password/" + token), StringComparison.Ordinal);
        var late = await bas.PostFormAsync("/account/password/" + token, new() { ["Password"] = NewPassword, ["Confirmation"] = NewPassword }, pagePath: "/account/password/forgot");
        Assert.Contains(PasswordLinks.LinkUnusable, WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(bas, "bas.meijer", NewPassword)).StatusCode);
    }

    [Fact]
    public async Task SetPassword_BreakingTheRules_SaysWhyInDutch_AndKeepsTheLink()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        await sanne.PostFormAsync("/staff-accounts", new() { ["staffId"] = "bas.meijer" }, handler: "Invite");
        var token = await MailedTokenAsync(app, "bas.meijer", "Uitnodiging voor Protocolwacht");
        using var bas = app.Anonymous();

        var weak = await bas.PostFormAsync("/account/password/" + token, new() { ["Password"] = "kort1", ["Confirmation"] = "kort1" });
        var html = WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync());
        Assert.Contains("minstens 10 tekens", html, StringComparison.Ordinal);
        Assert.Contains("hoofdletter", html, StringComparison.Ordinal);

        var set = await bas.PostFormAsync("/account/password/" + token, new() { ["Password"] = NewPassword, ["Confirmation"] = NewPassword });
        Assert.Contains("Je wachtwoord is ingesteld", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_AnswersAlike_ForUnknownAddresses_AndMailsOnlyAKnownAccount()
    {
        var app = await apps.FreshAsync();
        using var visitor = app.Anonymous();

        var unknown = await visitor.PostFormAsync("/account/password/forgot", new() { ["Address"] = "niemand@example.org" });
        var unknownName = await visitor.PostFormAsync("/account/password/forgot", new() { ["Address"] = "niet.bestaand" });
        var known = await visitor.PostFormAsync("/account/password/forgot", new() { ["Address"] = "tom.hendriks" });
        var answers = await Task.WhenAll(new[] { unknown, unknownName, known }.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(answers, a => Assert.Contains("data-testid=\"forgot-answer\"", a, StringComparison.Ordinal));
        Assert.Single(answers.Select(a => AnswerPattern().Match(a).Value).Distinct());

        var token = await MailedTokenAsync(app, "tom.hendriks", "Nieuw wachtwoord voor Protocolwacht");
        Assert.Single(app.Smtp.Messages, m => m.Body.Contains("/account/password/", StringComparison.Ordinal));
        var set = await visitor.PostFormAsync("/account/password/" + token, new() { ["Password"] = NewPassword, ["Confirmation"] = NewPassword });
        Assert.Contains("Je wachtwoord is ingesteld", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(app.Anonymous(), "tom.hendriks", ProtocolwachtApp.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(app.Anonymous(), "tom.hendriks", NewPassword)).StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_ForAnAccountWithoutPassword_SendsNothing_InProduction()
    {
        await using var app = await ProtocolwachtApp.StartInProductionAsync();
        using var visitor = app.Anonymous();
        await app.SetPasswordAsync("karin.mulder", AdminPassword);

        await visitor.PostFormAsync("/account/password/forgot", new() { ["Address"] = "tom.hendriks" });
        await visitor.PostFormAsync("/account/password/forgot", new() { ["Address"] = "karin.mulder" });

        // Karin (who has a password) gets her link; Tom, never invited, gets no first password this way.
        await MailedTokenAsync(app, "karin.mulder", "Nieuw wachtwoord voor Protocolwacht");
        Assert.DoesNotContain(app.Smtp.Messages, m => m.Recipients.Any(r => r.StartsWith("tom.hendriks@", StringComparison.Ordinal)));
    }

    private static Task<HttpResponseMessage> SignInAsync(AppClient client, string user, string password) =>
        client.PostFormAsync("/account/signin", new() { ["UserName"] = user, ["Password"] = password });

    /// <summary>Sends the queued mail, waits for the one to <paramref name="staffId"/> and returns the token of its link.</summary>
    private static async Task<string> MailedTokenAsync(ProtocolwachtApp app, string staffId, string subject)
    {
        await app.RunBackgroundJobsAsync();
        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Any(r => r.StartsWith(staffId + "@", StringComparison.Ordinal)));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(mail.Raw));
        var message = await MimeMessage.LoadAsync(stream);
        Assert.Equal(subject, message.Subject);
        var link = LinkPattern().Match(message.TextBody ?? string.Empty);
        Assert.True(link.Success, message.TextBody);
        return link.Groups[1].Value;
    }

    [GeneratedRegex(@"/account/password/([A-Za-z0-9_-]{20,})")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("data-testid=\"forgot-answer\">[^<]*<")]
    private static partial Regex AnswerPattern();
}
