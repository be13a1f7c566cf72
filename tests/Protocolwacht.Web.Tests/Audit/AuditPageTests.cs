using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.PlatformDecisions;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Audit;

/// <summary>What administrators and directors do lands in the audit log, which only administrators can read.</summary>
public sealed class AuditPageTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Theory]
    [AllDatabases]
    public async Task ActionsOfSeveralKinds_AreRecorded_WithActorAndSubject_AndWithoutContent(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        using var stranger = app.Anonymous();
        var failed = await stranger.PostFormAsync("/account/signin", new() { ["UserName"] = "tom.hendriks", ["Password"] = "geraden-wachtwoord" });
        var unknown = await stranger.PostFormAsync("/account/signin", new() { ["UserName"] = "Geheim-Wachtwoord-123", ["Password"] = "x" });

        const string reason = "Ernstig ongeval; we communiceren alleen via de directie.";
        var freeze = await karin.PostFormAsync("/freezes", new() { ["SchoolId"] = "regenboog", ["Reason"] = reason }, handler: "Start");
        var consent = await karin.PostFormAsync("/consent/students/daan.kok", new()
        {
            ["Form.Purpose"] = ConsentPurpose.PhotoOnSocialMedia,
            ["Form.Value"] = "Yes",
            ["Form.GivenBy"] = "priya.kok",
        });
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        var decision = await sanne.PostFormAsync("/platform-decisions", new()
        {
            ["AccountId"] = "regenboog-x",
            ["DpiaDate"] = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Outcome"] = nameof(DpiaOutcome.Approved),
            ["Agreement"] = nameof(ProcessingAgreement.No),
            ["Reviewer"] = "functionaris gegevensbescherming",
            ["ReviewDate"] = today.AddDays(365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (failed.StatusCode, unknown.StatusCode));
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (freeze.StatusCode, consent.StatusCode, decision.StatusCode));

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Actor != AuditActors.System).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [
                ("karin.mulder", AuditActions.SignedIn, "medewerker:karin.mulder"),
                ("sanne.deboer", AuditActions.SignedIn, "medewerker:sanne.deboer"),
                ("tom.hendriks", AuditActions.SignInFailed, "medewerker:tom.hendriks"),
                (AuditActors.UnknownUser, AuditActions.SignInFailed, "medewerker:onbekend"),
                ("karin.mulder", AuditActions.FreezeStarted, entries[4].Subject),
                ("karin.mulder", AuditActions.ConsentChanged, "leerling:daan.kok"),
                ("sanne.deboer", AuditActions.PlatformDecisionRecorded, "account:regenboog-x"),
            ],
            entries.Select(e => (e.Actor, e.Action, e.Subject)));
        Assert.StartsWith("publicatiestop:regenboog:", entries[4].Subject, StringComparison.Ordinal);
        // Who and what only: neither the freeze's reason nor a typed user name that may be a password is kept.
        Assert.All(entries, e => Assert.DoesNotContain("ongeval", (e.Details ?? "") + e.Subject, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("Geheim", e.Actor + e.Subject + e.Details, StringComparison.Ordinal));

        var page = await sanne.GetPageAsync("/audit?Action=" + AuditActions.FreezeStarted);
        Assert.Contains("Publicatiestop ingesteld", page, StringComparison.Ordinal);
        // The actor's cell names her as the filter does, with the id the log keeps (the review of stop 50: the id alone).
        Assert.Contains("<td data-testid=\"audit-actor\">Karin Mulder (karin.mulder)</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Toestemming gewijzigd</td>", page, StringComparison.Ordinal);
        var byActor = await sanne.GetPageAsync("/audit?Actor=karin");
        Assert.Contains("Toestemming gewijzigd</td>", byActor, StringComparison.Ordinal);
        // Who is chosen by name from the staff (stop 50: the field asked for a staff id), and what was typed stays typed.
        Assert.Contains("list=\"audit-actors\"", byActor, StringComparison.Ordinal);
        Assert.Contains("<option value=\"karin.mulder\">Karin Mulder</option>", byActor, StringComparison.Ordinal);
        Assert.Contains("id=\"Actor\" name=\"Actor\" value=\"karin\"", byActor, StringComparison.Ordinal);
        Assert.DoesNotContain("Platformbesluit vastgelegd</td>", byActor, StringComparison.Ordinal);

        // An English reader reads the actions in English, in the table and in the filter.
        await Infrastructure.Localization.EnglishReaderDetailsTests.InEnglishAsync(sanne);
        var english = await sanne.GetPageAsync("/audit?Actor=karin");
        Assert.Contains("Consent changed</td>", english, StringComparison.Ordinal);
        Assert.Contains(">Publishing freeze started</option>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Toestemming gewijzigd", english, StringComparison.Ordinal);
        var everyone = await sanne.GetPageAsync("/audit");
        Assert.Contains("<td data-testid=\"audit-actor\">unknown user</td>", everyone, StringComparison.Ordinal); // the failed sign-in of a name nobody has
        Assert.Contains("<td data-testid=\"audit-actor\">Tom Hendriks (tom.hendriks)</td>", everyone, StringComparison.Ordinal); // his failed sign-in
        Assert.Contains("Sign-in failed</td>", everyone, StringComparison.Ordinal);
        Assert.DoesNotContain("<td data-testid=\"audit-actor\">onbekende gebruiker</td>", everyone, StringComparison.Ordinal); // the details column keeps its stored words
    }

    [Fact]
    public async Task AuditPage_Pages_AndAPeriodBeforeTheEntriesIsEmpty()
    {
        var app = await apps.FreshAsync();
        // Written the way the sign-in page writes them (the sign-in throttle would hold back 55 real ones).
        await app.WithDbAsync(async db =>
        {
            var log = new AuditLog(db, app.Time);
            for (var i = 0; i < 55; i++)
            {
                await log.RecordAsync("tom.hendriks", AuditActions.SignedIn, "medewerker:tom.hendriks");
            }

            return await db.SaveChangesAsync();
        });

        using var sanne = await app.SignInAsync("sanne.deboer");
        var first = await sanne.GetPageAsync("/audit?Actor=tom.hendriks");
        Assert.Contains("55 regels", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", first, StringComparison.Ordinal);
        Assert.Equal(50, CountRows(first));
        var second = await sanne.GetPageAsync("/audit?Actor=tom.hendriks&pagina=2");
        Assert.Equal(5, CountRows(second));

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(0, CountRows(await sanne.GetPageAsync($"/audit?Actor=tom.hendriks&From={yesterday}&To={yesterday}")));
        Assert.Equal(50, CountRows(await sanne.GetPageAsync($"/audit?Actor=tom.hendriks&From={yesterday}")));
    }

    /// <summary>The filter's hint is a block of its own: as a span, the next label ("Handeling") ran on after it on one line (stop 51, phone).</summary>
    [Fact]
    public async Task AuditPage_TheWhoHint_IsAParagraph_SoTheNextLabelStartsItsOwnLine()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");

        var page = await sanne.GetPageAsync("/audit");

        Assert.Contains("<p class=\"hint\" id=\"Actor-hint\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"hint\" id=\"Actor-hint\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_ForATeacher_Answers403()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        using var sanne = await app.SignInAsync("sanne.deboer");
        Assert.Equal(HttpStatusCode.OK, (await sanne.GetAsync(new Uri("/audit", UriKind.Relative))).StatusCode);

        var page = await tom.GetAsync(new Uri("/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var denied = await tom.GetAsync(page.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.DoesNotContain("audit-entries", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int CountRows(string html) => html.Split("data-testid=\"audit-entry\"").Length - 1;
}
